import type { Contact } from '@supportbridge/shared';
import type { EngineEvent } from '../engine.js';
import { streamText } from '../stream-text.js';

/** The tool a remote model calls to hand the visitor over to a person. @example call.name === REQUEST_HUMAN */
export const REQUEST_HUMAN = 'request_human';

/** What the tool is for, in the words the model reads when deciding to call it. @example { name: REQUEST_HUMAN, description: REQUEST_HUMAN_DESCRIPTION } */
export const REQUEST_HUMAN_DESCRIPTION =
  'Hand the conversation over to a human support agent. Call it when the visitor asks for a person, ' +
  'is frustrated, or you cannot help with their issue.';

/** The tool's parameters as JSON Schema: one short reason, written for the support team. @example { parameters: REQUEST_HUMAN_PARAMETERS } */
export const REQUEST_HUMAN_PARAMETERS: {
  type: 'object';
  properties: Record<string, unknown>;
  required: string[];
} = {
  type: 'object',
  properties: {
    reason: {
      type: 'string',
      description: 'Why a human is needed, in one short sentence for the support team.',
    },
  },
  required: ['reason'],
};

/**
 * The reason from the tool's arguments (a JSON string, an object or the array the ChatBotKit
 * activity carries), or a generic one when the model gave none.
 *
 * @example
 * handoverReason('{"reason":"Wants a refund over the limit"}') // 'Wants a refund over the limit'
 */
export function handoverReason(args: unknown): string {
  let value = args;
  if (typeof args === 'string') {
    try {
      value = JSON.parse(args);
    } catch {
      // Some models send plain text instead of JSON arguments: that text is the reason.
      return args.trim().slice(0, 300) || 'The bot handed the conversation over to a person.';
    }
  }
  if (Array.isArray(value)) value = value[0];
  const reason = (value as { reason?: unknown } | null)?.reason ?? value;
  return typeof reason === 'string' && reason.trim()
    ? reason.trim().slice(0, 300)
    : 'The bot handed the conversation over to a person.';
}

/**
 * What the visitor reads when the model handed over without writing anything itself.
 *
 * @example
 * handoverText({}) // "I'm handing this over to our team now. Before I do, what's …?"
 */
export function handoverText(contact: Contact): string {
  const email = contact.email?.trim();
  return email
    ? `I'm handing this over to our team now. They'll reply to ${email}.`
    : "I'm handing this over to our team now. Before I do, what's the best email address for them to reach you?";
}

/**
 * The end of a reply in which the model handed over: a hand-over line when the model wrote
 * nothing itself, then the escalation (not if the visitor has gone).
 *
 * @example
 * yield* handOver(text, input.contact, 'Wants a refund', input.signal);
 */
export async function* handOver(
  text: string,
  contact: Contact,
  reason: string,
  signal?: AbortSignal,
): AsyncGenerator<EngineEvent> {
  if (!text) yield* streamText(handoverText(contact), signal);
  if (!signal?.aborted) yield { type: 'escalate', reason };
}
