import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Faq } from '../../../src/schemas/faq.ts';
import type { Law } from '../../../src/schemas/law.ts';
import type { Topic } from '../../../src/schemas/topic.ts';
import { buildSiteIndex } from '../../../src/utils/build-site-index.ts';
import { similarFaqs } from '../../../src/utils/similar-faqs.ts';

const fixture = JSON.parse(readFileSync(join(import.meta.dirname, '../../fixtures/site/index/input.json'), 'utf8')) as {
  faqs: Faq[];
  laws: Law[];
  topics: Topic[];
};
const index = buildSiteIndex(fixture.faqs, fixture.laws, fixture.topics);
const ids = (faqs: Faq[]) => faqs.map((f) => f.id);

describe('buildSiteIndex', () => {
  it('lists the latest questions first, undated last', () => {
    expect(ids(index.faqs)).toEqual(['a', 'b', 'c']);
  });

  it('groups articles under their law in article order, 253 before 253-1 before 266', () => {
    const xingfa = index.lawBySlug.get('xingfa')!;
    expect(xingfa.articles.map((a) => a.slug)).toEqual(['253', '253-1', '266']);
    expect(xingfa.articles[1]!.name).toBe('《中华人民共和国刑法》第二百五十三条之一');
    expect(ids(xingfa.faqs)).toEqual(['a', 'b', 'c']);
  });

  it('names laws missing from laws.yaml from the citation, and keeps whole-law citations apart', () => {
    const pipl = index.lawBySlug.get('gerenxinxibaohufa')!;
    expect(pipl).toMatchObject({ name: '中华人民共和国个人信息保护法', shortName: '个人信息保护法', articles: [] });
    expect(ids(pipl.wholeLawFaqs)).toEqual(['a']);
  });

  it('reports an article quoted two different ways, with the FAQs quoting each', () => {
    expect(index.conflicts).toEqual([
      {
        law: 'xingfa',
        article: '266',
        kind: 'conflict',
        quotes: [
          { text: '诈骗公私财物,数额较大的,处三年以下有期徒刑。', faqIds: ['a'] },
          { text: '诈骗公私财物,数额较大的……', faqIds: ['b'] },
        ],
      },
    ]);
  });

  it('calls a shorter quote contained in a longer one an excerpt, not a conflict', () => {
    const faqs = fixture.faqs.map((f) => ({
      ...f,
      statutes: f.statutes.map((c) => (c.article === 266 ? { ...c, quote: f.id === 'a' ? '诈骗公私财物,数额较大的,处三年以下有期徒刑。' : '诈骗公私财物' } : c)),
    }));
    const excerpt = buildSiteIndex(faqs, fixture.laws, fixture.topics);
    expect(excerpt.conflicts.map((c) => [c.article, c.kind])).toEqual([['266', 'excerpt']]);
    expect(excerpt.articleByKey.get('xingfa/266')?.conflicting).toBe(false);
    expect(index.articleByKey.get('xingfa/266')?.conflicting).toBe(true);
  });

  it('makes a topic with no answered question noindex, and files unanswered related questions under it', () => {
    const family = index.topicBySlug.get('family')!;
    expect(family.indexable).toBe(false);
    expect(family.unanswered.map((r) => r.title)).toEqual(['离婚怎么判?']);
    // "泄露信息怎么办" is answered here (page a), so it is not listed as unanswered.
    expect(index.topicBySlug.get('privacy')!.unanswered).toEqual([]);
    expect(index.byTitle.get('泄露信息怎么办')?.id).toBe('a');
  });

  it('gives only named lawyers a page, with each of their answers once', () => {
    expect(index.lawyers.map((l) => [l.slug, ids(l.faqs)])).toEqual([['zhangkai', ['b', 'c']]]);
  });

  it('flags titles that more than one FAQ uses', () => {
    expect([...index.duplicateTitles]).toEqual(['被骗了怎么办?']);
  });

  it('is the same whatever order the FAQs come in', () => {
    const reversed = buildSiteIndex([...fixture.faqs].reverse(), fixture.laws, fixture.topics);
    expect(ids(reversed.faqs)).toEqual(ids(index.faqs));
    expect(reversed.conflicts).toEqual(index.conflicts);
  });
});

describe('similarFaqs', () => {
  it('takes the same topic first, then others citing the same articles, never the page itself', () => {
    const b = index.faqs.find((f) => f.id === 'b')!;
    expect(ids(similarFaqs(b, index))).toEqual(['c', 'a']);
    expect(ids(similarFaqs(b, index, 1))).toEqual(['c']);
  });
});
