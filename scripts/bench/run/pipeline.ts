import { rmSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { mustMeasure, type Measured } from './measure.ts';
import { writeShadow, type VariantName } from './shadow.ts';

export interface PipelineResult {
  ingest: Measured;
  /** Second ingest over the same, unchanged seeds. */
  reingest: Measured;
  build: Measured;
  /** `npm run index`: Pagefind over the built site, after Astro has exited. */
  index: Measured;
  dist: string;
}

/** Environment the npm scripts would give: node 24 and local bins first on PATH. */
export function toolEnv(root: string, extra: Record<string, string>): NodeJS.ProcessEnv {
  const bin = join(root, 'node_modules', '.bin');
  return { ...process.env, PATH: `${bin}${delimiter}${process.env['PATH'] ?? ''}`, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
}

export const nodeBin = (root: string): string => join(root, 'node_modules', '.bin', 'node');
const astroBin = (root: string): string => join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
const pagefindBin = (root: string): string => join(root, 'node_modules', '.bin', 'pagefind');

/** Pagefind CLI over a built site (the baseline), with the language setting our index step uses. */
export function pagefindStage(root: string, site: string, output: string) {
  return {
    cmd: pagefindBin(root),
    args: ['--site', site, '--output-path', output, '--force-language', 'zh'],
    cwd: root,
    env: toolEnv(root, {}),
  };
}

/**
 * The real pipeline over generated seeds, as `npm run build` runs it but
 * with SEEDS_DIR / FAQ_DIR / OUT_DIR pointing into the work folder.
 */
export async function runPipeline(root: string, work: string, seeds: string, echo: boolean, variant?: VariantName): Promise<PipelineResult> {
  const faq = join(work, 'faq');
  const dist = join(work, 'dist');
  const site = join(work, 'site');
  rmSync(faq, { recursive: true, force: true });
  rmSync(dist, { recursive: true, force: true });
  writeShadow(root, site, variant);
  const env = toolEnv(root, { SEEDS_DIR: seeds, FAQ_DIR: faq, OUT_DIR: dist, INGEST_REPORT: join(work, 'ingest-report.json') });
  const ingestStage = { cmd: nodeBin(root), args: [join(root, 'scripts', 'ingest.ts')], cwd: root, env, echo };
  const ingest = await mustMeasure('ingest', ingestStage);
  const reingest = await mustMeasure('re-ingest', ingestStage);
  const build = await mustMeasure('astro build', { cmd: nodeBin(root), args: [astroBin(root), 'build'], cwd: site, env, echo });
  const index = await mustMeasure('pagefind', { cmd: nodeBin(root), args: [join(root, 'scripts', 'search-index.ts'), dist], cwd: root, env, echo });
  return { ingest, reingest, build, index, dist };
}
