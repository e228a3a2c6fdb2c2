import { describe, expect, it } from 'vitest';
import { chineseNumeral } from '../../../src/utils/chinese-numeral.ts';
import { parseNumeral } from '../../../src/utils/parse-numeral.ts';

// Article numbers as printed in the statutes the seeds cite.
const pairs: Array<[number, string]> = [
  [1, '一'],
  [10, '十'],
  [12, '十二'],
  [42, '四十二'],
  [52, '五十二'],
  [66, '六十六'],
  [110, '一百一十'],
  [105, '一百零五'],
  [253, '二百五十三'],
  [266, '二百六十六'],
  [1000, '一千'],
  [1004, '一千零四'],
  [1010, '一千零一十'],
  [1034, '一千零三十四'],
  [1184, '一千一百八十四'],
  [1200, '一千二百'],
];

describe('chineseNumeral', () => {
  it.each(pairs)('%i → %s', (n, text) => {
    expect(chineseNumeral(n)).toBe(text);
  });
  it('rejects numbers outside article range', () => {
    expect(() => chineseNumeral(0)).toThrow(RangeError);
    expect(() => chineseNumeral(10000)).toThrow(RangeError);
  });
});

describe('parseNumeral: Chinese', () => {
  it.each(pairs)('%i ← %s', (n, text) => {
    expect(parseNumeral(text)).toBe(n);
  });
  it('reads 两 and digit-by-digit forms', () => {
    expect(parseNumeral('两百')).toBe(200);
    expect(parseNumeral('二六六')).toBe(266);
  });
  it('refuses text that is not a numeral', () => {
    expect(parseNumeral('刑法')).toBeUndefined();
    expect(parseNumeral('')).toBeUndefined();
    expect(parseNumeral('百千')).toBeUndefined();
  });
});

describe('parseNumeral: digits', () => {
  it('accepts both scripts, full-width digits and the 拾佰仟 variants', () => {
    expect(parseNumeral('266')).toBe(266);
    expect(parseNumeral('１２')).toBe(12);
    expect(parseNumeral('贰')).toBeUndefined();
    expect(parseNumeral('一仟零拾')).toBe(1010);
    expect(parseNumeral('二百六十六')).toBe(266);
    expect(parseNumeral('abc')).toBeUndefined();
  });
});
