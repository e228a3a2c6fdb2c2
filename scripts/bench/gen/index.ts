import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { answerLines, answerParagraphs, targetBytes, type Library } from './body.ts';
import { buildCatalog, type CatalogEntry } from './catalog.ts';
import { renderFormatA } from './format-a.ts';
import { renderFormatB } from './format-b.ts';
import { hashString, mulberry32, type Rng } from './prng.ts';
import { articlesOf, loadLaws } from './vocab-laws.ts';
import { loadTopics } from './vocab-topics.ts';

export interface GenerateOptions {
  pages: number;
  /** Folder for the .txt seeds; created if missing. */
  outDir: string;
  /** Project root, for content/laws.yaml and content/topics.yaml. */
  root: string;
  seed?: number;
}

export interface Generated {
  files: string[];
  catalog: CatalogEntry[];
  lib: Library;
  seed: number;
  bytes: number;
}

/** Each page has its own PRNG so pages don't depend on each other's length. */
function pageRng(entry: CatalogEntry, seed: number): Rng {
  return mulberry32(hashString(`${seed}:${entry.index}`));
}

/** The answer of one page as Simplified paragraphs (format B: lines), before any layout. */
export function answerText(entry: CatalogEntry, lib: Library, seed: number): { rng: Rng; blocks: string[] } {
  const rng = pageRng(entry, seed);
  const target = targetBytes(rng);
  const blocks = entry.format === 'A' ? answerParagraphs(rng, lib, entry, target) : answerLines(rng, lib, entry, target);
  return { rng, blocks };
}

/** The text of one seed file. */
export function renderSeed(entry: CatalogEntry, catalog: readonly CatalogEntry[], lib: Library, seed: number): string {
  const { rng, blocks } = answerText(entry, lib, seed);
  return entry.format === 'A' ? renderFormatA(rng, entry, blocks, catalog) : renderFormatB(rng, entry, blocks, catalog);
}

/** Writes N deterministic synthetic seeds: same pages and seed → byte-identical files. */
export function generateSeeds(options: GenerateOptions): Generated {
  const seed = options.seed ?? 20260101;
  const laws = loadLaws(join(options.root, 'content', 'laws.yaml'));
  const topics = loadTopics(join(options.root, 'content', 'topics.yaml'));
  const lib: Library = { laws, articles: laws.map(articlesOf) };
  const catalog = buildCatalog(options.pages, topics, seed);
  mkdirSync(options.outDir, { recursive: true });
  let bytes = 0;
  const files: string[] = [];
  for (const entry of catalog) {
    const text = renderSeed(entry, catalog, lib, seed);
    const path = join(options.outDir, entry.file);
    writeFileSync(path, text);
    bytes += Buffer.byteLength(text);
    files.push(path);
  }
  return { files, catalog, lib, seed, bytes };
}
