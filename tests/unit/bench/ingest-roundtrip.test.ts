import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { generateSeeds, type Generated } from '../../../scripts/bench/gen/index.ts';

const root = join(import.meta.dirname, '..', '..', '..');
const scratch = mkdtempSync(join(tmpdir(), 'bench-ingest-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface Front {
  title: string;
  sourceScript: string;
  statutes: Array<{ law: string }>;
  related: Array<{ title: string }>;
  source: { file: string; layout: string };
}

/** Generated seeds must go through the real ingest like the bundled ones, or the benchmark measures nothing. */
describe('generated seeds through the real ingest', () => {
  let generated: Generated;
  const pages = new Map<string, Front>();
  beforeAll(() => {
    generated = generateSeeds({ pages: 30, outDir: join(scratch, 'seeds'), root });
    execFileSync(process.execPath, [join(root, 'scripts', 'ingest.ts'), '--in', join(scratch, 'seeds'), '--out', join(scratch, 'faq')], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    for (const name of readdirSync(join(scratch, 'faq')).filter((n) => n.endsWith('.mdx'))) {
      const text = readFileSync(join(scratch, 'faq', name), 'utf8');
      const front = parse(text.split(/^---$/m)[1] ?? '') as Front;
      pages.set(front.source.file, front);
    }
  }, 60_000);

  it('turns every seed into a page with the layout of its format', () => {
    expect(pages.size).toBe(30);
    for (const entry of generated.catalog) {
      const page = pages.get(entry.file);
      expect(page, entry.file).toBeDefined();
      expect(page!.source.layout).toBe(entry.format === 'A' ? 'format-a' : 'format-b');
      expect(page!.sourceScript).toBe(entry.format === 'A' ? 'hans' : 'hant');
    }
  });

  it('reads back the titles, related questions and statutes the generator wrote', () => {
    const titles = new Set(generated.catalog.map((e) => e.title));
    const lawNames = new Set(generated.lib.laws.map((l) => l.name));
    const formatA = generated.catalog.filter((e) => e.format === 'A');
    expect(formatA.length).toBeGreaterThan(10);
    for (const entry of formatA) {
      const page = pages.get(entry.file)!;
      expect(page.title).toBe(entry.title);
      expect(page.related.map((r) => r.title)).toEqual(entry.related.map((i) => generated.catalog[i]!.title));
      expect(page.related.every((r) => titles.has(r.title))).toBe(true);
    }
    const cited = [...pages.values()].flatMap((p) => p.statutes.map((s) => s.law));
    expect(cited.length).toBeGreaterThan(60);
    expect(cited.every((law) => lawNames.has(law))).toBe(true);
  });
});
