import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The demo's settings, from the environment. */
export interface DemoConfig {
  port: number;
  /** The address the HTTP server binds to. Loopback unless HOST says otherwise. */
  host: string;
  dataDir: string;
  databaseUrl?: string;
  smtpUrl?: string;
  smtpPort: number;
  from: string;
  /** API key → account id. */
  apiKeys: Record<string, string>;
  /** The key the demo uses for itself (the first one). */
  apiKey: string;
  /** Set when the key was generated for this data directory, so it is printed at start. */
  generatedKey: boolean;
  /** The password of `/inbox` (user `inbox`): INBOX_PASSWORD, or a random one per start. */
  inboxPassword: string;
  /** Set when the inbox password was generated, so it is printed at start. */
  generatedPassword: boolean;
  /** For bots whose model is `openai/<model>`: OPENAI_BASE_URL and OPENAI_API_KEY. */
  openai: { baseURL?: string; apiKey?: string };
  /** For bots whose model is `chatbotkit/<botId>`: CHATBOTKIT_SECRET and CHATBOTKIT_BASE_URL. */
  chatbotkit: { secret?: string; baseUrl?: string };
  /** How long additions after a hand-over are gathered into one follow-up email (FOLLOW_UP_QUIET_MS; the middleware's default when unset). */
  followUpQuietMs?: number;
}

/**
 * Reads the environment: PORT (3000), HOST (127.0.0.1), DATA_DIR (./.supportbridge),
 * DATABASE_URL, SMTP_URL, SMTP_PORT (2525), SUPPORTBRIDGE_FROM, SUPPORTBRIDGE_API_KEYS
 * ("key1:acct1,key2:acct2"; when unset, one development key is made and kept in DATA_DIR),
 * INBOX_PASSWORD (when unset, a random one is made at every start), OPENAI_BASE_URL,
 * OPENAI_API_KEY, CHATBOTKIT_SECRET, CHATBOTKIT_BASE_URL and FOLLOW_UP_QUIET_MS. This is the only place the demo
 * reads them: the middleware takes every setting as an option and reads no environment.
 *
 * @example
 * const config = readConfig(process.env);
 */
export function readConfig(env: NodeJS.ProcessEnv, overrides: Partial<DemoConfig> = {}): DemoConfig {
  const dataDir = overrides.dataDir ?? env.DATA_DIR ?? './.supportbridge';
  mkdirSync(dataDir, { recursive: true });
  const { apiKeys, generatedKey } = env.SUPPORTBRIDGE_API_KEYS
    ? { apiKeys: parseApiKeys(env.SUPPORTBRIDGE_API_KEYS), generatedKey: false }
    : devApiKey(dataDir);
  const fixedPassword = overrides.inboxPassword ?? (env.INBOX_PASSWORD || undefined);
  return {
    port: overrides.port ?? integer(env.PORT, 3000, 'PORT'),
    host: overrides.host ?? (env.HOST || '127.0.0.1'),
    dataDir,
    databaseUrl: overrides.databaseUrl ?? (env.DATABASE_URL || undefined),
    smtpUrl: overrides.smtpUrl ?? (env.SMTP_URL || undefined),
    smtpPort: overrides.smtpPort ?? integer(env.SMTP_PORT, 2525, 'SMTP_PORT'),
    from: overrides.from ?? env.SUPPORTBRIDGE_FROM ?? '"Demo Shop Support" <assistant@demo-shop.localhost>',
    apiKeys,
    apiKey: Object.keys(apiKeys)[0] as string,
    generatedKey,
    // 18 random bytes: 24 URL-safe characters, nothing a visitor on the network can guess.
    inboxPassword: fixedPassword ?? randomBytes(18).toString('base64url'),
    generatedPassword: fixedPassword === undefined,
    openai: overrides.openai ?? {
      baseURL: env.OPENAI_BASE_URL || undefined,
      apiKey: env.OPENAI_API_KEY || undefined,
    },
    chatbotkit: overrides.chatbotkit ?? {
      secret: env.CHATBOTKIT_SECRET || undefined,
      baseUrl: env.CHATBOTKIT_BASE_URL || undefined,
    },
    followUpQuietMs:
      overrides.followUpQuietMs ??
      (env.FOLLOW_UP_QUIET_MS ? integer(env.FOLLOW_UP_QUIET_MS, 60_000, 'FOLLOW_UP_QUIET_MS') : undefined),
  };
}

function parseApiKeys(value: string): Record<string, string> {
  const keys: Record<string, string> = {};
  for (const pair of value
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const at = pair.lastIndexOf(':');
    if (at <= 0 || at === pair.length - 1) {
      throw new Error(
        `SUPPORTBRIDGE_API_KEYS: "${pair.slice(0, 4)}…" is not "key:account"; use "key1:acct1,key2:acct2"`,
      );
    }
    keys[pair.slice(0, at)] = pair.slice(at + 1);
  }
  if (Object.keys(keys).length === 0)
    throw new Error('SUPPORTBRIDGE_API_KEYS is set but holds no "key:account" pair');
  return keys;
}

/** One key per data directory, kept there so it survives restarts. */
function devApiKey(dataDir: string): { apiKeys: Record<string, string>; generatedKey: boolean } {
  const file = join(dataDir, 'dev-api-key');
  if (existsSync(file))
    return { apiKeys: { [readFileSync(file, 'utf8').trim()]: 'dev' }, generatedKey: false };
  const key = `sb_dev_${randomBytes(24).toString('base64url')}`;
  writeFileSync(file, `${key}\n`, { mode: 0o600 });
  return { apiKeys: { [key]: 'dev' }, generatedKey: true };
}

function integer(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535)
    throw new Error(`${name} must be a port number, got "${value}"`);
  return n;
}
