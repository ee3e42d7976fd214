import type { EngineEvent } from './engine.js';

/**
 * Splits a reply into word-sized pieces whose concatenation is exactly the text, so a widget
 * can render it as it arrives (each piece keeps the spaces that follow its word).
 *
 * @example
 * splitTokens('Hi there!') // ['Hi ', 'there!']
 */
export function splitTokens(text: string): string[] {
  const leading = /^\s+/.exec(text)?.[0] ?? '';
  const words = text.slice(leading.length).match(/\S+\s*/g) ?? [];
  if (leading && words.length > 0) words[0] = leading + words[0];
  return words.length > 0 ? words : text ? [text] : [];
}

/**
 * Streams a finished text as token events, stopping as soon as `signal` is aborted (the
 * visitor went away, so the rest would be written to nobody).
 *
 * @example
 * for await (const e of streamText('Hello there', signal)) res.write(e.token);
 */
export async function* streamText(
  text: string,
  signal?: AbortSignal,
): AsyncGenerator<Extract<EngineEvent, { type: 'token' }>> {
  for (const token of splitTokens(text)) {
    if (signal?.aborted) return;
    yield { type: 'token', token };
  }
}

/**
 * Marks a reply that was cut off mid-sentence (the stream broke): a trailing " …" token,
 * unless the text already ends like a sentence.
 *
 * @example
 * yield* markCutOff('It ships on') // { type: 'token', token: ' …' }
 */
export function* markCutOff(text: string): Generator<Extract<EngineEvent, { type: 'token' }>> {
  if (!/[.!?…]\s*$/.test(text)) yield { type: 'token', token: ' …' };
}
