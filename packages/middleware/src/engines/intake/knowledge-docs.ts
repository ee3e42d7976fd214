import type { KnowledgeItem } from '@supportbridge/shared';

/**
 * One searchable unit of a bot's knowledge: a whole question-and-answer entry, or a few
 * sentences of a passage under its title.
 *
 * @example
 * const doc: KnowledgeDoc = { entry: 0, heading: 'Do you ship abroad?', body: 'Yes, to the EU.', whole: true };
 */
export interface KnowledgeDoc {
  /** Position of the entry in `bot.knowledge`: what a bot turn records as answered. */
  entry: number;
  /** The question or title, plus the entry's keywords and aliases: what the entry is about. */
  heading: string;
  /** What the visitor reads: the answer, or this chunk of the passage. */
  body: string;
  /** False for a chunk of a longer passage. */
  whole: boolean;
  /** The entry's own language, when it says (`language` on the entry). */
  language?: string;
}

/** Passages are cut into chunks of whole sentences about this long, so an answer stays short. */
const CHUNK_CHARS = 360;

/**
 * Cuts a passage into chunks of whole sentences (lines count as sentences: a price list is
 * one line per price).
 *
 * @example
 * chunkPassage('One. Two.') // ['One. Two.']
 */
export function chunkPassage(text: string): string[] {
  const sentences = text.match(/[^.!?\n]+(?:[.!?]+(?=\s|$)|\n|$)|[.!?]+/g) ?? [text];
  const chunks: string[] = [];
  let current = '';
  for (const raw of sentences) {
    const sentence = raw.trim();
    if (!sentence) continue;
    if (current && current.length + sentence.length + 1 > CHUNK_CHARS) {
      chunks.push(current);
      current = sentence;
    } else current = current ? `${current} ${sentence}` : sentence;
  }
  if (current) chunks.push(current);
  return chunks;
}

/** What a knowledge entry may carry beyond the schema's fields, read defensively. */
interface Extras {
  keywords?: unknown;
  aliases?: unknown;
  language?: unknown;
}

const words = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

/**
 * The searchable docs of a knowledge list. Optional `keywords` and `aliases` (what a business
 * calls things, "cc" for credit card) join the heading, so they weigh like the question.
 *
 * @example
 * knowledgeDocs([{ question: 'Refunds?', answer: 'Within 30 days.' }])[0]?.heading // 'Refunds?'
 */
export function knowledgeDocs(knowledge: readonly KnowledgeItem[]): KnowledgeDoc[] {
  const docs: KnowledgeDoc[] = [];
  knowledge.forEach((item, entry) => {
    const extras = item as Extras;
    const tags = [...words(extras.keywords), ...words(extras.aliases)].join(', ');
    const language = typeof extras.language === 'string' ? extras.language : undefined;
    const withTags = (heading: string) => [heading, tags].filter(Boolean).join(' — ');
    if ('question' in item) {
      docs.push({ entry, heading: withTags(item.question), body: item.answer.trim(), whole: true, language });
      return;
    }
    const chunks = chunkPassage(item.text);
    for (const body of chunks)
      docs.push({ entry, heading: withTags(item.title ?? ''), body, whole: chunks.length === 1, language });
  });
  return docs;
}
