import { describe, expect, it } from 'vitest';
import { articleName } from '../../../src/utils/article-name.ts';
import { articleSlug } from '../../../src/utils/article-slug.ts';
import { chineseNumeral } from '../../../src/utils/chinese-numeral.ts';

describe('chineseNumeral', () => {
  it.each([
    [1, '一'],
    [10, '十'],
    [12, '十二'],
    [42, '四十二'],
    [66, '六十六'],
    [100, '一百'],
    [110, '一百一十'],
    [253, '二百五十三'],
    [266, '二百六十六'],
    [1004, '一千零四'],
    [1034, '一千零三十四'],
    [1184, '一千一百八十四'],
    [1260, '一千二百六十'],
  ])('writes %i as %s', (n, text) => {
    expect(chineseNumeral(n)).toBe(text);
  });

  it('refuses numbers statutes do not use', () => {
    expect(() => chineseNumeral(0)).toThrow(RangeError);
    expect(() => chineseNumeral(1.5)).toThrow(RangeError);
  });
});

describe('article names and slugs', () => {
  it('names an article the way statutes are cited, with 之一', () => {
    expect(articleName('中华人民共和国刑法', 266)).toBe('《中华人民共和国刑法》第二百六十六条');
    expect(articleName('中华人民共和国刑法', 253, 1)).toBe('《中华人民共和国刑法》第二百五十三条之一');
    expect(articleName('中华人民共和国民法典', 1034)).toBe('《中华人民共和国民法典》第一千零三十四条');
  });

  it('slugs an article as its number, 之N as -N', () => {
    expect(articleSlug(266)).toBe('266');
    expect(articleSlug(253, 1)).toBe('253-1');
  });
});
