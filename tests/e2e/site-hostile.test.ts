import { describe, expect, it } from 'vitest';
import { distOf } from './helpers/builds.ts';
import { decodeEntities, htmlPages, jsonLdBlocks, readPage, scriptElements, tagAttributes } from './helpers/site-files.ts';

/** Pages built from tests/fixtures/site/hostile/900_*.txt; 900_hostile.txt is checked word by word. */
const dist = distOf('extra');
const hostilePages = htmlPages(dist)
  .filter((p) => p.startsWith('faq/'))
  .filter((p) => /\b900_[\w]+\.txt/.test(readPage(dist, p)));
const hostile = hostilePages.find((p) => readPage(dist, p).includes('900_hostile.txt'));

/** Visible text, tags removed and entities decoded, to find the seed's words as a reader sees them. */
const text = (html: string) => decodeEntities(html.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<[^>]+>/g, ''));

describe('a hostile seed', () => {
  it('builds into a FAQ page', () => {
    expect(hostile).toBeDefined();
    expect(hostilePages.length).toBeGreaterThanOrEqual(2);
  });

  it('shows its markup-like text literally', () => {
    const html = readPage(dist, hostile!);
    const words = text(html);
    for (const literal of ['<script>alert("t")</script>', '{props.faq}', '{1+1}', "import fs from 'node:fs'", '# 这一行不是标题', 'javascript:alert(1)', 'onerror=alert(2)'])
      expect(words, literal).toContain(literal);
  });

  it.each(hostilePages)('puts no script, event handler or javascript: URL into %s', (path) => {
    const html = readPage(dist, path);
    for (const { attrs, body } of scriptElements(html)) {
      if (attrs.includes('application/ld+json')) continue;
      // Only the site's own bundled loader may run: never seed text.
      expect(body, attrs).not.toMatch(/alert|onerror|props\.faq/);
    }
    const all = tagAttributes(html);
    expect(all.filter((a) => a.name.startsWith('on'))).toEqual([]);
    expect(all.filter((a) => /^\s*javascript:/i.test(a.value))).toEqual([]);
    expect(all.some((a) => a.tag === 'img')).toBe(false);
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
  });

  it.each(hostilePages)('keeps the JSON-LD of %s parseable and unable to close its script element', (path) => {
    const html = readPage(dist, path);
    const raw = scriptElements(html).filter((s) => s.attrs.includes('ld+json')).map((s) => s.body);
    expect(raw.length).toBeGreaterThan(0);
    for (const r of raw) expect(r).not.toMatch(/[<>]/);
    const page = jsonLdBlocks(html).find((b) => b['@type'] === 'WebPage') as any;
    expect(page.name).toContain('<script>alert(');
    expect(JSON.stringify(page)).not.toMatch(/"(url|@id)":"javascript:/);
  });
});
