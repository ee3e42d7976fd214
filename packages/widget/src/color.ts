type Rgb = [number, number, number];

/**
 * Reads `#rgb` or `#rrggbb`. Anything else is refused, so a data attribute can never
 * inject CSS into the style sheet.
 *
 * @example
 * parseColor('#0f766e') // [15, 118, 110]
 */
export function parseColor(input: string): Rgb | undefined {
  let hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(input.trim())?.[1];
  if (!hex) return undefined;
  if (hex.length < 6) hex = [...hex].map((c) => c + c).join('');
  return [0, 2, 4].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)) as Rgb;
}

/** WCAG relative luminance. @example luminance([255, 255, 255]) // 1 */
export function luminance(rgb: Rgb): number {
  const [r, g, b] = rgb.map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two colours, 1…21. @example contrast([0, 0, 0], [255, 255, 255]) // 21 */
export function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * Black or white, whichever contrasts more with `bg`. One of the two always reaches
 * 4.58:1, so text on any accent colour passes WCAG AA.
 *
 * @example
 * textOn([250, 204, 21]) // '#000'
 */
export function textOn(bg: Rgb): '#000' | '#fff' {
  return contrast(bg, [0, 0, 0]) > contrast(bg, [255, 255, 255]) ? '#000' : '#fff';
}
