import { describe, expect, it } from 'vitest';
import { distOf } from './helpers/builds.ts';
import {
  lawSlugsByName,
  parseChineseNumber,
  seedArticles,
  seedFaqCount,
  seedLawyer,
  seedLaws,
} from './helpers/expected-seeds.ts';
import { attrValues, decodeEntities, htmlPages, pageExists, readPage } from './helpers/site-files.ts';

const dist = distOf('seeds');
const pages = htmlPages(dist);
const faqPages = pages.filter((p) => /^faq\/[^/]+\/$/.test(p));

describe('bundled seeds: every page exists at its URL', () => {
  it('has the home, hub, 404 and one page per FAQ', () => {
    for (const p of ['', 'topics/', 'laws/', '404.html']) expect(pages, p).toContain(p);
    expect(faqPages).toHaveLength(seedFaqCount);
  });

  it('has the 9 article pages, the 6 law pages and the lawyer page', () => {
    const articles = pages.filter((p) => /^laws\/[^/]+\/[^/]+\/$/.test(p));
    expect(articles).toEqual([...seedArticles].sort());
    const laws = pages.filter((p) => /^laws\/[^/]+\/$/.test(p)).map((p) => p.split('/')[1]);
    expect(laws.sort()).toEqual([...seedLaws].sort());
    expect(pages.filter((p) => p.startsWith('lawyers/'))).toEqual([seedLawyer]);
  });

  it('gives every FAQ page a topic page that links back to it', () => {
    for (const faq of faqPages) {
      const html = readPage(dist, faq);
      const crumbs = /<nav class="breadcrumbs"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '';
      const topic = attrValues(crumbs, 'href').find((h) => h.startsWith('/topics/'));
      expect(topic, faq).toBeDefined();
      expect(readPage(dist, topic!.slice(1))).toContain(`href="/${faq}"`);
    }
  });
});

describe('bundled seeds: FAQ content', () => {
  const slugs = lawSlugsByName();

  it('links each citation to the article page its text names', () => {
    const seen = new Set<string>();
    for (const faq of faqPages) {
      const html = readPage(dist, faq);
      for (const m of html.matchAll(/<a class="cite" href="([^"]*)">([\s\S]*?)<\/a>/g)) {
        const text = decodeEntities((m[2] ?? '').replace(/<[^>]+>/g, ''));
        const cite = /^《([^》]+)》(?:第([零一二三四五六七八九十百千]+)条(?:之([一二三四五六七八九十]+))?)?/.exec(text);
        expect(cite, text).not.toBeNull();
        const law = slugs.get(cite![1]!.replace(/^(?!中华人民共和国)/, '中华人民共和国'));
        const article = cite![2] ? String(parseChineseNumber(cite![2])) : undefined;
        const suffix = cite![3] ? `-${parseChineseNumber(cite![3])}` : '';
        const expected = article ? `/laws/${law}/${article}${suffix}/` : `/laws/${law}/`;
        expect(m[1], `${faq}: ${text}`).toBe(expected);
        expect(pageExists(dist, expected.slice(1)), expected).toBe(true);
        seen.add(expected.slice(1));
      }
    }
    for (const a of seedArticles) expect(seen, a).toContain(a);
  });

  it('shows the question, answer, lawyer card, 法律依据, notice and source', () => {
    const withLawyer = faqPages.filter((p) => readPage(dist, p).includes(`href="/${seedLawyer}"`));
    expect(withLawyer.length).toBe(4);
    for (const faq of faqPages) {
      const html = readPage(dist, faq);
      expect(html.match(/<h1[\s>]/g), faq).toHaveLength(1);
      expect(html).toContain('class="answer"');
      expect(html).toContain('不构成');
      expect(html).toMatch(/来源/);
      if (html.includes('class="cite"')) expect(html).toContain('法律依据');
    }
  });

  it('links a related question only when the site answers it', () => {
    for (const faq of faqPages) {
      const related = /<section class="related" aria-labelledby="related-h"[\s\S]*?<\/section>/.exec(readPage(dist, faq))?.[0];
      if (!related) continue;
      for (const href of attrValues(related, 'href')) expect(pageExists(dist, href.slice(1)), href).toBe(true);
    }
  });

  it('gives no two pages the same title', () => {
    const titles = pages.map((p) => /<title>([^<]*)<\/title>/.exec(readPage(dist, p))?.[1]);
    expect(titles.every(Boolean)).toBe(true);
    expect(new Set(titles).size).toBe(titles.length);
  });
});
