import { describe, expect, it } from 'vitest';
import { articleLabel, toChineseNumber } from '../../../scripts/bench/gen/numerals.ts';

describe('article numerals in generated citations', () => {
  it('writes article numbers the way the statutes print them', () => {
    expect(toChineseNumber(66)).toBe('六十六');
    expect(toChineseNumber(15)).toBe('十五');
    expect(toChineseNumber(110)).toBe('一百一十');
    expect(toChineseNumber(266)).toBe('二百六十六');
    expect(toChineseNumber(1005)).toBe('一千零五');
    expect(toChineseNumber(1034)).toBe('一千零三十四');
    expect(toChineseNumber(1100)).toBe('一千一百');
  });

  it('labels inserted articles with 之N', () => {
    expect(articleLabel(253, 1)).toBe('第二百五十三条之一');
    expect(articleLabel(42)).toBe('第四十二条');
  });
});
