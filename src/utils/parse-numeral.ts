/**
 * Reads a statute number in any form answers and queries use: Arabic digits
 * (also full-width, `１２`), Chinese numerals with units (二百六十六, 十二,
 * 一千零三十四, the variants 两/兩 and 拾/佰/仟) or digit by digit (二六六).
 * Returns undefined for anything else, including malformed numerals (百千).
 * Article numbers stay below 10 000, so 万 is not needed.
 * Reading rules: https://zh.wikipedia.org/wiki/中文数字
 */
const DIGIT: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const UNIT: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };

export function parseNumeral(text: string): number | undefined {
  const ascii = text.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10));
  if (/^[0-9]+$/.test(ascii)) return Number(ascii) || undefined;
  const chars = [...text];
  if (chars.length === 0) return undefined;
  if (chars.every((c) => c in DIGIT)) return Number(chars.map((c) => DIGIT[c]).join('')) || undefined;
  let total = 0;
  let digit: number | undefined;
  let lastUnit = Infinity;
  for (const c of chars) {
    const d = DIGIT[c];
    const unit = UNIT[c];
    if (d !== undefined) {
      // Two digits in a row (一二百) is not a numeral; 零 only marks a gap.
      if (digit !== undefined && d !== 0) return undefined;
      digit = d === 0 ? undefined : d;
    } else if (unit !== undefined) {
      // Units only go down (百 then 十), and a bare 十 means one ten.
      if (unit >= lastUnit) return undefined;
      total += (digit ?? 1) * unit;
      digit = undefined;
      lastUnit = unit;
    } else {
      return undefined;
    }
  }
  return total + (digit ?? 0) || undefined;
}
