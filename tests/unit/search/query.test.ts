import { describe, expect, it } from 'vitest';
import { normaliseQuery } from '../../../src/utils/search-query.ts';
import { orderByRank, statuteRank } from '../../../src/utils/search-rank.ts';

describe('normaliseQuery', () => {
  it('leaves plain word queries as typed', () => {
    expect(normaliseQuery('个人信息')).toEqual({ text: '个人信息', statutes: [] });
    expect(normaliseQuery('诈骗   报警')).toEqual({ text: '诈骗 报警', statutes: [] });
    expect(normaliseQuery('2023年 诈骗')).toEqual({ text: '2023年 诈骗', statutes: [] });
  });

  it.each([
    ['刑法第二百六十六条', '刑法 266', { law: '刑法', article: '266' }],
    ['刑法第266条', '刑法 266', { law: '刑法', article: '266' }],
    ['刑法266', '刑法 266', { law: '刑法', article: '266' }],
    ['刑法 第 266 条', '刑法 266', { law: '刑法', article: '266' }],
    ['刑法２６６', '刑法 266', { law: '刑法', article: '266' }],
    ['《中华人民共和国刑法》第266条', '中华人民共和国刑法 266', { law: '中华人民共和国刑法', article: '266' }],
    ['民法典1034', '民法典 1034', { law: '民法典', article: '1034' }],
    ['民法典第一千零三十四条', '民法典 1034', { law: '民法典', article: '1034' }],
    ['253条之一', '253 条之一', { article: '253-1' }],
    ['第二百五十三条之一', '253 条之一', { article: '253-1' }],
    ['第266条', '266', { article: '266' }],
  ])('%s → %s', (query, text, statute) => {
    expect(normaliseQuery(query)).toEqual({ text, statutes: [statute] });
  });

  it('keeps the words around a statute reference', () => {
    expect(normaliseQuery('民诉法第66条 证据')).toEqual({
      text: '民诉法 66 证据',
      statutes: [{ law: '民诉法', article: '66' }],
    });
  });
});

describe('statuteRank', () => {
  const xingfa266 = { url: '/legal/laws/xingfa/266/', title: '《中华人民共和国刑法》第二百六十六条' };
  const faq = { url: '/legal/faq/64ac526aea67fa8c/', title: '泄露个人信息导致被骗该怎么办?' };
  const other266 = { url: '/laws/minshisusongfa/266/', title: '《中华人民共和国民事诉讼法》第二百六十六条' };

  it('ranks the named law’s article page above same-numbered articles and FAQs', () => {
    const { statutes } = normaliseQuery('刑法第二百六十六条');
    const ordered = orderByRank([faq, other266, xingfa266], (r) => statuteRank(r.url, r.title, statutes));
    expect(ordered).toEqual([xingfa266, other266, faq]);
  });

  it('matches article slugs with a suffix exactly', () => {
    const { statutes } = normaliseQuery('253条之一');
    expect(statuteRank('/laws/xingfa/253-1/', '', statutes)).toBe(2);
    expect(statuteRank('/laws/xingfa/253/', '', statutes)).toBe(0);
  });

  it('keeps Pagefind’s order when no statute is asked for', () => {
    const ordered = orderByRank([faq, xingfa266], (r) => statuteRank(r.url, r.title, []));
    expect(ordered).toEqual([faq, xingfa266]);
  });
});
