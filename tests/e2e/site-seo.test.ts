import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distOf } from './helpers/builds.ts';
import { seedArticles } from './helpers/expected-seeds.ts';
import { htmlPages, jsonLdBlocks, readPage } from './helpers/site-files.ts';

const dist = distOf('seeds');
const site = 'https://faq.example.cn/';
const pages = htmlPages(dist);
const noindex = (html: string) => /<meta name="robots" content="[^"]*noindex/.test(html);
const indexable = pages.filter((p) => !noindex(readPage(dist, p)));
const byType = (html: string, type: string) => jsonLdBlocks(html).find((b) => b['@type'] === type);

describe('head tags on every indexable page', () => {
  it('has lang, description, absolute canonical, Open Graph and Baidu tags', () => {
    expect(indexable.length).toBeGreaterThan(20);
    for (const p of indexable) {
      const html = readPage(dist, p);
      expect(html, p).toContain('<html lang="zh-CN"');
      expect(html, p).toMatch(/<meta name="description" content="[^"]+"/);
      expect(html, p).toContain(`<link rel="canonical" href="${site}${p}"`);
      expect(html, p).toContain(`<meta property="og:url" content="${site}${p}"`);
      expect(html, p).toMatch(/<meta property="og:title" content="[^"]+"/);
      expect(html, p).toContain('<meta name="applicable-device" content="pc,mobile"');
      expect(html, p).toContain('content="no-transform"');
    }
  });
});

describe('JSON-LD', () => {
  it('parses on every page', () => {
    for (const p of pages) expect(() => jsonLdBlocks(readPage(dist, p)), p).not.toThrow();
  });

  it('makes FAQ pages a WebPage whose Question has an answer by the lawyer, citing articles', () => {
    const faqs = pages.filter((p) => p.startsWith('faq/'));
    for (const p of faqs) {
      const html = readPage(dist, p);
      const page = byType(html, 'WebPage') as any;
      expect(page, p).toBeDefined();
      expect(page.url).toBe(`${site}${p}`);
      expect(page.mainEntity['@type']).toBe('Question');
      expect(page.mainEntity.name).toBeTruthy();
      expect(page.mainEntity.acceptedAnswer['@type']).toBe('Answer');
      expect(page.mainEntity.acceptedAnswer.text).toBeTruthy();
      for (const c of page.citation) expect(c.url.startsWith(`${site}laws/`)).toBe(true);
      expect(byType(html, 'BreadcrumbList'), p).toBeDefined();
      expect(jsonLdBlocks(html).some((b) => b['@type'] === 'QAPage' || b['@type'] === 'FAQPage')).toBe(false);
    }
    const authored = faqs.map((p) => (byType(readPage(dist, p), 'WebPage') as any).mainEntity.acceptedAnswer.author);
    expect(authored.filter((a) => a?.['@type'] === 'Person' && a.name === '张凯')).toHaveLength(4);
    // A real excerpt of the answer, well past its first sentence (the
    // description), cut at a sentence end and capped at 300 characters.
    const answer = (byType(readPage(dist, 'faq/64ac526aea67fa8c/'), 'WebPage') as any).mainEntity.acceptedAnswer.text;
    expect(answer.startsWith('当个人信息泄露导致被骗时')).toBe(true);
    expect(answer).toContain('《中华人民共和国民法典》第一千零三十四条规定,自然人的个人信息受法律保护。');
    expect(answer).toMatch(/。…$/);
    expect(answer.length).toBeLessThanOrEqual(301);
    expect(answer).not.toMatch(/<|&[a-z]+;/);
    const cited = faqs.flatMap((p) => (byType(readPage(dist, p), 'WebPage') as any).citation.map((c: any) => c.url));
    for (const a of seedArticles) expect(cited).toContain(`${site}${a}`);
  });

  it('marks article pages as Legislation, part of their law, quoted text unofficial', () => {
    const a = byType(readPage(dist, 'laws/xingfa/266/'), 'Legislation') as any;
    expect(a.name).toBe('《中华人民共和国刑法》第二百六十六条');
    expect(a.legislationJurisdiction).toBe('CN');
    expect(a.legislationIdentifier).toBeTruthy();
    expect(a.isPartOf.url ?? a.isPartOf['@id']).toBe(`${site}laws/xingfa/`);
    expect(a.workExample[0].legislationLegalValue).toBe('UnofficialLegalValue');
    expect(a.workExample[0].text).toContain('诈骗公私财物');
    const law = byType(readPage(dist, 'laws/xingfa/'), 'Legislation') as any;
    expect(law.legislationIdentifier).toBe('中华人民共和国刑法');
    expect(byType(readPage(dist, 'laws/xingfa/253-1/'), 'Legislation')).toMatchObject({ name: '《中华人民共和国刑法》第二百五十三条之一' });
  });

  it('makes the lawyer page a ProfilePage about a Person', () => {
    const p = byType(readPage(dist, 'lawyers/zhangkai/'), 'ProfilePage') as any;
    expect(p.mainEntity).toMatchObject({ '@type': 'Person', name: '张凯' });
  });
});

describe('sitemap and robots.txt', () => {
  const locs = (file: string) => [...readFileSync(join(dist, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);

  it('lists exactly the pages without noindex', () => {
    const index = locs('sitemap-index.xml');
    const listed = index.flatMap((u) => locs(u!.replace(site, '')));
    const expected = indexable.filter((p) => p !== '404.html' && !p.startsWith('search/')).map((p) => `${site}${p}`);
    expect(listed.sort()).toEqual(expected.sort());
    expect(listed).toContain(`${site}laws/xingfa/266/`);
    expect(pages.some((p) => p.startsWith('topics/') && noindex(readPage(dist, p)))).toBe(true);
  });

  it('noindexes exactly the topics without answered questions', () => {
    for (const p of pages.filter((x) => /^topics\/[^/]+\/$/.test(x))) {
      const html = readPage(dist, p);
      expect(noindex(html), p).toBe(!html.includes('href="/faq/'));
    }
  });

  it('writes a build report beside dist naming the noindex topics and any conflicting quotes', () => {
    const report = JSON.parse(readFileSync(join(dist, '..', 'build-report.json'), 'utf8'));
    const noindexTopics = pages.filter((p) => /^topics\/[^/]+\/$/.test(p) && noindex(readPage(dist, p))).map((p) => p.split('/')[1]);
    expect([...report.noindexTopics].sort()).toEqual(noindexTopics.sort());
    // 网络安全法第四十二条: one answer quotes its first sentence, another the whole article.
    const kinds = report.quoteConflicts.map((c: any) => `${c.law}/${c.article}:${c.kind}`);
    expect(kinds).toEqual(['wangluoanquanfa/42:excerpt']);
    const article = readPage(dist, 'laws/wangluoanquanfa/42/');
    expect(article.match(/<blockquote/g)).toHaveLength(2);
    expect(article).not.toContain('class="flag"');
    // 刑法第二百六十六条 is quoted three times with the same words: one quote.
    expect(readPage(dist, 'laws/xingfa/266/').match(/<blockquote/g)).toHaveLength(1);
  });

  it('points robots.txt at the absolute sitemap', () => {
    const robots = readFileSync(join(dist, 'robots.txt'), 'utf8');
    expect(robots).toContain('User-agent: *');
    expect(robots).toContain(`Sitemap: ${site}sitemap-index.xml`);
  });
});
