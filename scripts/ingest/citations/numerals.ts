const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };

/** Pattern source for a statute number: Chinese numerals or (full-width) digits. */
export const NUMBER = '[零〇一二两兩三四五六七八九十拾百佰千仟0-9０-９]+';

/**
 * `一千一百八十四` → 1184, `二百五十三` → 253, `十` → 10, `1165` → 1165.
 * Article numbers stay below 10 000, so no 万 handling is needed.
 */
export function parseNumber(text: string): number | undefined {
  const ascii = text.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10));
  if (/^\d+$/.test(ascii)) return Number(ascii);
  let total = 0;
  let digit: number | undefined;
  for (const ch of text) {
    if (ch in DIGITS) {
      digit = DIGITS[ch]!;
    } else if (ch in UNITS) {
      // A bare unit (十 in 十二) means one of it.
      total += (digit ?? 1) * UNITS[ch]!;
      digit = undefined;
    } else {
      return undefined;
    }
  }
  total += digit ?? 0;
  return total > 0 ? total : undefined;
}
