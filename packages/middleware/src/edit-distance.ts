/**
 * The Levenshtein distance of two short strings (option names, mail providers): the
 * fewest one-character insertions, deletions and substitutions that turn one into the
 * other. Quadratic, which is nothing at these lengths.
 *
 * @example
 * editDistance('gmial', 'gmail') // 2
 */
export function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(
        (row[j] ?? 0) + 1,
        (next[j - 1] ?? 0) + 1,
        (row[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    row = next;
  }
  return row[b.length] ?? 0;
}
