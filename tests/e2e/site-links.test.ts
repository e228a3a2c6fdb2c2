import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builds, distOf, type BuildName } from './helpers/builds.ts';
import { brokenLinks } from './helpers/crawl.ts';
import { attrValues, htmlPages, readPage } from './helpers/site-files.ts';

// `again` is byte-identical to `seeds` (determinism.test.ts).
const checked: BuildName[] = ['seeds', 'legal', 'extra'];

describe('internal links', () => {
  for (const name of checked) {
    it(`has no broken internal link, src or form action in the ${name} build`, () => {
      expect(brokenLinks(distOf(name), builds[name].base)).toEqual([]);
    });
  }

  const copy = mkdtempSync(join(tmpdir(), 'site-links-'));
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it('catches a link to a page that does not exist', () => {
    cpSync(distOf('seeds'), copy, { recursive: true });
    const home = join(copy, 'index.html');
    writeFileSync(home, readFileSync(home, 'utf8').replace('</main>', '<a href="/laws/xingfa/9999/">x</a></main>'));
    expect(brokenLinks(copy, '/')).toEqual([{ from: '', href: '/laws/xingfa/9999/' }]);
  });
});

describe('BASE=/legal build', () => {
  const dist = distOf('legal');
  const site = 'https://faq.example.cn/legal/';

  it('keeps every root-relative link, asset and form inside /legal/', () => {
    for (const p of htmlPages(dist)) {
      const html = readPage(dist, p);
      const refs = [...attrValues(html, 'href'), ...attrValues(html, 'src'), ...attrValues(html, 'action')];
      for (const r of refs.filter((x) => x.startsWith('/'))) expect(r, `${p}: ${r}`).toMatch(/^\/legal\//);
    }
  });

  it('puts /legal/ into canonicals, JSON-LD, the sitemap and robots.txt', () => {
    const faq = htmlPages(dist).find((p) => p.startsWith('faq/'))!;
    const html = readPage(dist, faq);
    expect(html).toContain(`<link rel="canonical" href="${site}${faq}"`);
    expect(html).toContain(`"url":"${site}${faq}"`);
    expect(html).toContain(`href="/legal/laws/`);
    const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(locs.length).toBeGreaterThan(20);
    for (const l of locs) expect(l!.startsWith(site), l).toBe(true);
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${site}sitemap-index.xml`);
  });

  it('builds the same pages as the root build', () => {
    expect(htmlPages(dist)).toEqual(htmlPages(distOf('seeds')));
  });
});
