import { createHash } from 'node:crypto';
import type { KnowledgeItem } from '@supportbridge/shared';
import MiniSearch from 'minisearch';
import { FRAME_TERMS, processTerm, topicTerms } from './text-terms.js';

/** One searchable unit: a whole Q&A item, or a few sentences of a passage. */
interface KnowledgeDoc {
  id: number;
  /** The question, or the passage's title: what the item is about, boosted. */
  heading: string;
  /** The answer, or the passage chunk: what the visitor reads. */
  body: string;
}

/**
 * A ranked match from the bot's knowledge. `headingTerms` and `bodyTerms` count the distinct
 * query terms that matched each field; `specificTerms` and `specificHeadingTerms` count those
 * that only a few items use ("refund", "Switzerland", not "order" in a shop's list). That is
 * what the relevance gate reads.
 *
 * @example
 * const hit: KnowledgeHit = { answer: 'We ship within 2 days.', score: 4.2, terms: ['ship', 'day'], queryTerms: ['ship', 'day'], headingCovered: false, otherAmount: false, headingSize: 2, headingTerms: 1, bodyTerms: 2, specificTerms: 1, specificHeadingTerms: 1 };
 */
export interface KnowledgeHit {
  answer: string;
  score: number;
  /** The indexed terms that matched, as the index spells them. */
  terms: string[];
  /** The query's own terms that found something here. */
  queryTerms: string[];
  /** Every topic word of the item's question matched: the visitor asked that question. */
  headingCovered: boolean;
  /** The item's question asks for an amount ("How much …?") and the query does not. */
  otherAmount: boolean;
  /** How many topic words the item's question has, so a statement can be held to half of them. */
  headingSize: number;
  headingTerms: number;
  bodyTerms: number;
  specificTerms: number;
  specificHeadingTerms: number;
}

/** "How much is shipping?" asks for an amount, which its topic words ("shipping") do not say. */
const AMOUNT_HEADING = /\bhow (?:much|many)\b/i;
const AMOUNT_QUERY =
  /\bhow (?:much|many)\b|\b(?:costs?|price[sd]?|fees?|charges?|expensive|cheap|free|pay)\b/i;

/**
 * False when the item's question asks for an amount and the query does not: "can I skip one
 * delivery?" names shipping, but does not ask what it costs.
 */
function asksSameAmount(heading: string, query: string): boolean {
  return !AMOUNT_HEADING.test(heading) || AMOUNT_QUERY.test(query);
}

/** At most two edits apart, a swap of neighbours counting as one: "refnud" and "refund". */
function typoApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 2) return false;
  let previous: number[] = [];
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      let cost = Math.min(
        (row[j] ?? 0) + 1,
        (next[j - 1] ?? 0) + 1,
        (row[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        cost = Math.min(cost, (previous[j - 2] ?? 0) + 1);
      next.push(cost);
    }
    previous = row;
    row = next;
  }
  return (row[b.length] ?? 3) <= 2;
}

/** Passages are cut into chunks of whole sentences about this long, so an answer stays short. */
const CHUNK_CHARS = 360;

function chunkPassage(text: string): string[] {
  const sentences = text.match(/[^.!?\n]+(?:[.!?]+|\n|$)/g) ?? [text];
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

function toDocs(knowledge: readonly KnowledgeItem[]): KnowledgeDoc[] {
  const docs: KnowledgeDoc[] = [];
  for (const item of knowledge) {
    if ('question' in item) docs.push({ id: docs.length, heading: item.question, body: item.answer.trim() });
    else
      for (const body of chunkPassage(item.text))
        docs.push({ id: docs.length, heading: item.title ?? '', body });
  }
  return docs;
}

/**
 * A bot's knowledge, indexed once for ranked retrieval (BM25 via MiniSearch, with prefix and
 * fuzzy matching, headings boosted over bodies).
 *
 * @example
 * const index = new KnowledgeIndex([{ question: 'Do you ship abroad?', answer: 'Yes, to the EU.' }]);
 * index.search('shipping to Germany')[0]?.answer // 'Yes, to the EU.'
 */
export class KnowledgeIndex {
  readonly size: number;
  readonly #docs: KnowledgeDoc[];
  readonly #search: MiniSearch<KnowledgeDoc>;
  /** In how many items each term occurs. */
  readonly #itemsWith = new Map<string, number>();
  /** A term in at most this many items says which item is meant: a quarter of them, at least one. */
  readonly #specificLimit: number;

  constructor(knowledge: readonly KnowledgeItem[]) {
    this.#docs = toDocs(knowledge);
    this.size = this.#docs.length;
    for (const doc of this.#docs) {
      for (const term of new Set(topicTerms(`${doc.heading} ${doc.body}`)))
        this.#itemsWith.set(term, (this.#itemsWith.get(term) ?? 0) + 1);
    }
    this.#specificLimit = Math.max(1, Math.floor(this.size / 4));
    this.#search = new MiniSearch<KnowledgeDoc>({
      fields: ['heading', 'body'],
      processTerm,
      searchOptions: {
        boost: { heading: 2 },
        boostTerm: (term) => (FRAME_TERMS.has(term) ? 0.1 : 1),
        prefix: (term) => term.length >= 3,
        // One typo in words of five letters or more ("refnud", "shiping"), never in short ones.
        fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
        maxFuzzy: 2,
        combineWith: 'OR',
      },
    });
    this.#search.addAll(this.#docs);
  }

  /**
   * True when some item uses the term (as `processTerm` spells it), or — unless `typos` is
   * false — a word a typo away from it ("refnud"), which fuzzy search may still find.
   *
   * @example
   * index.knows('refund') // true for a shop that mentions refunds
   */
  knows(term: string, typos = true): boolean {
    if (this.#itemsWith.has(term)) return true;
    if (!typos || term.length < 5) return false;
    for (const known of this.#itemsWith.keys()) if (typoApart(term, known)) return true;
    return false;
  }

  /**
   * The best matches for `query`, best first (at most `limit`). `typos: false` turns fuzzy
   * matching off, for text where a near miss ("charged" for "changed") would mislead.
   */
  search(query: string, limit = 3, options: { typos?: boolean } = {}): KnowledgeHit[] {
    return this.#search
      .search(query, options.typos === false ? { fuzzy: false } : {})
      .slice(0, limit)
      .map((result) => {
        const doc = this.#docs[result.id as number];
        const matched = Object.entries(result.match);
        const specific = matched.filter(([term]) => (this.#itemsWith.get(term) ?? 0) <= this.#specificLimit);
        const headingWords = topicTerms(doc?.heading ?? '');
        return {
          answer: doc?.body ?? '',
          score: result.score,
          terms: matched.map(([term]) => term),
          queryTerms: [...new Set(result.queryTerms)],
          headingCovered:
            headingWords.length > 0 && headingWords.every((word) => Object.hasOwn(result.match, word)),
          otherAmount: !asksSameAmount(doc?.heading ?? '', query),
          headingSize: headingWords.length,
          headingTerms: matched.filter(([, fields]) => fields.includes('heading')).length,
          bodyTerms: matched.filter(([, fields]) => fields.includes('body')).length,
          specificTerms: specific.length,
          specificHeadingTerms: specific.filter(([, fields]) => fields.includes('heading')).length,
        };
      });
  }
}

const byArray = new WeakMap<readonly KnowledgeItem[], KnowledgeIndex>();
const byHash = new Map<string, KnowledgeIndex>();
/** Enough for every bot a middleware instance serves; the oldest index is dropped beyond it. */
const MAX_CACHED = 200;

/**
 * The index for a knowledge list, built once per knowledge version. The store hands out a new
 * array on every fetch, so the WeakMap alone would rebuild each time: a content hash catches
 * identical knowledge behind a new array.
 *
 * @example
 * const hits = knowledgeIndexFor(bot.knowledge ?? []).search(text);
 */
export function knowledgeIndexFor(knowledge: readonly KnowledgeItem[]): KnowledgeIndex {
  const cached = byArray.get(knowledge);
  if (cached) return cached;
  const hash = createHash('sha1').update(JSON.stringify(knowledge)).digest('base64');
  let index = byHash.get(hash);
  if (index) byHash.delete(hash);
  else index = new KnowledgeIndex(knowledge);
  byHash.set(hash, index);
  if (byHash.size > MAX_CACHED) byHash.delete(byHash.keys().next().value as string);
  byArray.set(knowledge, index);
  return index;
}
