import { describe, expect, it } from 'vitest';
import { fromChineseNumeral, parseNumeral, toChineseNumeral } from '../../../src/utils/search-numerals.ts';

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

describe('toChineseNumeral', () => {
  it.each(pairs)('%i → %s', (n, text) => {
    expect(toChineseNumeral(n)).toBe(text);
  });
  it('rejects numbers outside article range', () => {
    expect(() => toChineseNumeral(0)).toThrow(RangeError);
    expect(() => toChineseNumeral(10000)).toThrow(RangeError);
  });
});

describe('fromChineseNumeral', () => {
  it.each(pairs)('%i ← %s', (n, text) => {
    expect(fromChineseNumeral(text)).toBe(n);
  });
  it('reads 两 and digit-by-digit forms', () => {
    expect(fromChineseNumeral('两百')).toBe(200);
    expect(fromChineseNumeral('二六六')).toBe(266);
  });
  it('refuses text that is not a numeral', () => {
    expect(fromChineseNumeral('刑法')).toBeUndefined();
    expect(fromChineseNumeral('')).toBeUndefined();
    expect(fromChineseNumeral('百千')).toBeUndefined();
  });
});

describe('parseNumeral', () => {
  it('accepts both scripts', () => {
    expect(parseNumeral('266')).toBe(266);
    expect(parseNumeral('二百六十六')).toBe(266);
    expect(parseNumeral('abc')).toBeUndefined();
  });
});
