import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_ANSWER_BYTES, MIN_ANSWER_BYTES } from '../../../scripts/bench/gen/body.ts';
import { answerText, generateSeeds, type Generated } from '../../../scripts/bench/gen/index.ts';

const root = join(import.meta.dirname, '..', '..', '..');
const scratch = mkdtempSync(join(tmpdir(), 'bench-gen-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function readAll(dir: string): Map<string, string> {
  return new Map(readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
}

describe('synthetic seed generator', () => {
  let big: Generated;
  let files: Map<string, string>;
  beforeAll(() => {
    big = generateSeeds({ pages: 1000, outDir: join(scratch, 'big'), root });
    files = readAll(join(scratch, 'big'));
  });

  it('writes byte-identical files for the same page count and seed', () => {
    generateSeeds({ pages: 40, outDir: join(scratch, 'a'), root });
    generateSeeds({ pages: 40, outDir: join(scratch, 'b'), root });
    const a = readAll(join(scratch, 'a'));
    expect(a.size).toBe(40);
    expect([...readAll(join(scratch, 'b'))]).toEqual([...a]);
  });

  it('gives different pages for a different seed', () => {
    generateSeeds({ pages: 40, outDir: join(scratch, 'c'), root, seed: 7 });
    const a = [...readAll(join(scratch, 'a')).values()];
    const c = [...readAll(join(scratch, 'c')).values()];
    expect(c).not.toEqual(a);
  });

  it('writes both bundled seed formats, mostly format A', () => {
    const texts = [...files.values()];
    const formatA = texts.filter((t) => /^[^\n]+\?\n\n[^\n]+\n[^\n]{1,20}执业律师\n已帮助 \d+ 人解决法律问题\n/.test(t));
    const formatB = texts.filter((t) => /^一、/.test(t) && t.includes('\n簡介:\n'));
    expect(formatA.length + formatB.length).toBe(1000);
    expect(formatB.length).toBeGreaterThan(100);
    expect(formatA.length).toBeGreaterThan(formatB.length);
    // Format B carries the source site's pinyin artifacts and dates glued to the next title.
    expect(formatB.every((t) => /[\u4e00-\u9fff]\([a-zāáǎàēéěèīíǐìōóǒòūúǔùü]+\)/.test(t))).toBe(true);
    expect(formatB.every((t) => /\n\d{4}-\d{2}-\d{2}[^\n]+\?\n/.test(t) && /\n\d{4}-\d{2}-\d{2}$/.test(t))).toBe(true);
  });

  it('keeps every answer between 2 and 10 KB', () => {
    const sizes = big.catalog.map((e) => Buffer.byteLength(answerText(e, big.lib, big.seed).blocks.join('')));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(MIN_ANSWER_BYTES);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(MAX_ANSWER_BYTES);
    // Spread over the range, not bunched at one end.
    expect(sizes.filter((s) => s < 4096).length).toBeGreaterThan(100);
    expect(sizes.filter((s) => s > 8192).length).toBeGreaterThan(100);
  });

  it('cites ~30 laws and hundreds of articles, over ~40 topics and ~50 lawyers', () => {
    const laws = new Set<string>();
    const articles = new Set<string>();
    for (const e of big.catalog) {
      for (const m of answerText(e, big.lib, big.seed).blocks.join('').matchAll(/《([^》]+)》(第[^条]+条(?:之[一二三])?)?/g)) {
        laws.add(m[1]!);
        if (m[2]) articles.add(`${m[1]}${m[2]}`);
      }
    }
    expect(laws.size).toBeGreaterThanOrEqual(28);
    expect(articles.size).toBeGreaterThanOrEqual(350);
    expect(new Set(big.catalog.map((e) => e.topic)).size).toBeGreaterThanOrEqual(38);
    expect(new Set(big.catalog.map((e) => e.lawyer)).size).toBe(50);
    expect(new Set(big.catalog.map((e) => e.title)).size).toBe(1000);
  });

  it('lists related questions that are other generated pages, with their questions', () => {
    const byTitle = new Map(big.catalog.map((e) => [e.title, e]));
    for (const e of big.catalog.filter((x) => x.format === 'A').slice(0, 50)) {
      const text = files.get(e.file)!;
      const related = text.split('\n为您推荐20个最新问题\n\n')[1]!.split('\n\n');
      expect(related).toHaveLength(40);
      for (let i = 0; i < related.length; i += 2) {
        const other = byTitle.get(related[i]!);
        expect(other, related[i]).toBeDefined();
        expect(other!.index).not.toBe(e.index);
        expect(related[i + 1]).toBe(other!.question);
      }
    }
    // Half of each list shares the page's topic, so same-topic lists have material.
    const sameTopic = big.catalog.flatMap((e) => e.related.map((r) => big.catalog[r]!.topic === e.topic));
    expect(sameTopic.filter(Boolean).length / sameTopic.length).toBeGreaterThan(0.4);
  });
});
