import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'js-yaml';
import type { Faq } from '../../../src/schemas/faq.ts';
import { run, type RunResult } from '../../../scripts/ingest/run.ts';

export const root = join(import.meta.dirname, '..', '..', '..');
export const fixtures = join(root, 'tests', 'fixtures', 'ingest');
export const seedsDir = join(root, 'content', 'seeds');

export async function tempDir(prefix = 'ingest-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

/** Runs the real ingest over `inDir` into a fresh folder. */
export async function ingest(inDir: string, outDir?: string): Promise<RunResult & { outDir: string }> {
  const out = outDir ?? (await tempDir());
  const result = await run({ inDir, outDir: out });
  return { ...result, outDir: out };
}

/**
 * Frontmatter and body of one generated page, read as Astro reads it (js-yaml),
 * where an unquoted 2021-03-20 would come back as a Date and fail the schema.
 */
export async function readPage(outDir: string, id: string): Promise<{ faq: Faq; text: string; body: string }> {
  const text = await readFile(join(outDir, `${id}.mdx`), 'utf8');
  const end = text.indexOf('\n---\n', 4);
  return { faq: load(text.slice(4, end)) as Faq, text, body: text.slice(end + 5) };
}

export async function pages(outDir: string): Promise<string[]> {
  return (await readdir(outDir)).filter((n) => n.endsWith('.mdx')).sort();
}
