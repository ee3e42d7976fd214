import type { Bot } from '@supportbridge/shared';
import { createChatBotKitEngine } from './chatbotkit-engine.js';
import type { Engine } from './engine.js';
import { EngineConfigError, type EngineUpstreamError } from './engine-error.js';
import { intakeEngine } from './intake/intake-engine.js';
import { createOpenAIEngine } from './openai-engine.js';

/**
 * Options of `createEngineResolver`. Nothing is read from the environment: the app passes
 * its keys in (read `process.env` in your own config, if that is where they live).
 *
 * @example
 * const options: EngineResolverOptions = { openai: { apiKey: 'sk-…' }, engines: { echo: echoEngine } };
 */
export interface EngineResolverOptions {
  /** Engines by full model (`"openai/gpt-4o"`) or prefix (`"openai"`, `"my-engine"`); they win over the built-ins. */
  engines?: Record<string, Engine>;
  /** For `openai/<model>` bots. `baseURL` defaults to api.openai.com, which needs an `apiKey`. */
  openai?: { baseURL?: string; apiKey?: string; timeoutMs?: number; maxRetries?: number };
  /** For `chatbotkit/<botId>` bots: the account's `secret`, and `baseUrl` for another API host. */
  chatbotkit?: { secret?: string; baseUrl?: string };
  /** Told about each failed call to a remote model, for the operator's log. Defaults to nothing. */
  onError?: (error: EngineUpstreamError, model: string) => void;
}

/**
 * Builds the function that picks a bot's engine from `bot.model`: `intake`, `openai/<model>`,
 * `chatbotkit/<botId>`, or a key of `options.engines` (full model or prefix). Remote engines
 * are built once per model and reused.
 *
 * The returned function throws an `EngineConfigError` (with a fix-it message) when the model
 * cannot be served, e.g. an `openai/…` bot without an API key. Catch it where the reply is
 * written and answer the visitor with `fallbackEvents(error.message)`: a misconfigured bot
 * must cost one log line, never a failed request.
 *
 * @example
 * const engineFor = createEngineResolver({ openai: { apiKey: config.openaiApiKey } });
 * const engine = engineFor(bot); // intakeEngine for a bot with model "intake"
 */
export function createEngineResolver(options: EngineResolverOptions = {}): (bot: Bot) => Engine {
  const custom = new Map(Object.entries(options.engines ?? {}));
  const explicitBaseURL = options.openai?.baseURL;
  const openai = {
    ...options.openai,
    baseURL: explicitBaseURL ?? 'https://api.openai.com/v1',
    apiKey: options.openai?.apiKey,
  };
  const chatbotkit = {
    secret: options.chatbotkit?.secret,
    baseUrl: options.chatbotkit?.baseUrl,
  };
  const built = new Map<string, Engine>();

  function build(model: string): Engine {
    const slash = model.indexOf('/');
    const [kind, rest] = slash < 0 ? [model, ''] : [model.slice(0, slash), model.slice(slash + 1)];
    if (model === 'intake') return intakeEngine;
    const onError = options.onError && ((error: EngineUpstreamError) => options.onError?.(error, model));
    if (kind === 'openai' && rest) {
      // A self-hosted endpoint (Ollama, vLLM) may need no key; api.openai.com always does.
      if (!openai.apiKey && !explicitBaseURL) {
        throw new EngineConfigError(
          'ENGINE_NOT_CONFIGURED',
          model,
          `Bot model "${model}" needs an OpenAI API key: pass openai: { apiKey } to supportMiddleware() ` +
            '(or openai: { baseURL } of an OpenAI-compatible endpoint that needs none).',
        );
      }
      return createOpenAIEngine({ ...openai, model: rest, onError });
    }
    if (kind === 'chatbotkit' && rest) {
      if (!chatbotkit.secret) {
        throw new EngineConfigError(
          'ENGINE_NOT_CONFIGURED',
          model,
          `Bot model "${model}" needs a ChatBotKit secret: pass chatbotkit: { secret } to supportMiddleware().`,
        );
      }
      return createChatBotKitEngine({
        botId: rest,
        secret: chatbotkit.secret,
        baseUrl: chatbotkit.baseUrl,
        onError,
      });
    }
    const known = ['intake', 'openai/<model>', 'chatbotkit/<botId>', ...custom.keys()].join(', ');
    throw new EngineConfigError(
      'ENGINE_UNKNOWN_MODEL',
      model,
      `Bot model "${model}" matches no engine; use one of: ${known}.`,
    );
  }

  return (bot: Bot): Engine => {
    const model = bot.model || 'intake';
    const own = custom.get(model) ?? custom.get(model.split('/')[0] ?? model);
    if (own) return own;
    let engine = built.get(model);
    if (!engine) {
      engine = build(model);
      built.set(model, engine);
    }
    return engine;
  };
}
