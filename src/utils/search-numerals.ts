/**
 * Chinese ↔ Arabic numerals for statute article numbers (第二百六十六条 ↔ 266).
 * Covers 1–9999, the range of article numbers in Chinese codes (the Civil
 * Code, the longest, has 1260 articles). Rules of reading:
 * https://zh.wikipedia.org/wiki/中文数字
 */

const DIGITS = '零一二三四五六七八九';
const UNITS: ReadonlyArray<[string, number]> = [['千', 1000], ['百', 100], ['十', 10]];

/** 266 → 二百六十六, 1034 → 一千零三十四, 12 → 十二, 110 → 一百一十. */
export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 9999) throw new RangeError(`unsupported: ${n}`);
  let out = '';
  let zero = false;
  let rest = n;
  for (const [unit, value] of UNITS) {
    const digit = Math.floor(rest / value);
    rest %= value;
    if (digit === 0) {
      if (out !== '') zero = true;
      continue;
    }
    if (zero) out += '零';
    zero = false;
    // 十二, not 一十二, when 十 leads the number.
    out += (digit === 1 && unit === '十' && out === '' ? '' : DIGITS[digit]) + unit;
  }
  if (rest > 0) out += (zero ? '零' : '') + DIGITS[rest];
  return out;
}

const DIGIT_VALUE: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const UNIT_VALUE: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/**
 * 二百六十六 → 266, 十二 → 12, 一千零三十四 → 1034; also digit-by-digit
 * forms (二六六 → 266). undefined when the text is not a numeral.
 */
export function fromChineseNumeral(text: string): number | undefined {
  if (text === '') return undefined;
  const chars = [...text];
  if (chars.every((c) => c in DIGIT_VALUE)) {
    return Number(chars.map((c) => DIGIT_VALUE[c]).join(''));
  }
  let total = 0;
  let digit: number | undefined;
  let lastUnit = Infinity;
  for (const c of chars) {
    const d = DIGIT_VALUE[c];
    const unit = UNIT_VALUE[c];
    if (d !== undefined) {
      if (digit !== undefined && d !== 0) return undefined;
      digit = d === 0 ? undefined : d;
    } else if (unit !== undefined) {
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

/** A numeral in either script: `266` or `二百六十六` → 266. */
export function parseNumeral(text: string): number | undefined {
  if (/^[0-9]+$/.test(text)) return Number(text) || undefined;
  return fromChineseNumeral(text);
}
