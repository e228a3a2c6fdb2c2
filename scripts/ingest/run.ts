import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { reporter } from 'vfile-reporter';
import { VFile } from 'vfile';
import { writeAtomic } from './atomic-write.ts';
import { loadConfig } from './config.ts';
import { fileId } from './file-id.ts';
import { hashBytes } from './hash.ts';
import { fail, hasErrors } from './messages.ts';
import { fileReport, summarize, type FileReport, type Report, type Summary } from './report.ts';

export interface RunOptions {
  inDir: string;
  outDir: string;
  reportPath?: string;
  /** Where progress and the summary go (stderr in the CLI). */
  log?: (line: string) => void;
  /** Show progress every file (a TTY) instead of every PROGRESS_EVERY files. */
  tty?: boolean;
}

export interface RunResult {
  report: Report;
  summary: Summary;
  exitCode: 0 | 1;
}

/** Per output folder: what each written page was made from, to skip unchanged seeds. */
const MANIFEST = '.ingest-manifest.json';
const PROGRESS_EVERY = 1000;
/** How many files' messages the console shows at the end of a run. */
const SHOW_FILES = 20;
const CONCURRENCY = 16;

interface Manifest {
  version: string;
  /** `size` and `mtimeMs` let a re-run skip a seed without reading it, as make does. */
  files: Record<string, { hash: string; size: number; mtimeMs: number; report: FileReport }>;
}

/**
 * The parsing stages and their libraries (unified, opencc, pinyin…), loaded
 * only once a seed needs them: a re-run where every seed is unchanged never
 * pays for them.
 */
async function loadProcessor(config: Awaited<ReturnType<typeof loadConfig>>) {
  const [{ processFile }, { lawIndex }] = await Promise.all([import('./process.ts'), import('./citations/laws.ts')]);
  const ctx = { laws: lawIndex(config.laws), topics: config.topics };
  return (path: string, bytes: Buffer, id: string) => processFile(path, bytes, id, ctx);
}

export async function run(opts: RunOptions): Promise<RunResult> {
  const started = performance.now();
  const log = opts.log ?? (() => {});
  const config = await loadConfig();
  let processor: ReturnType<typeof loadProcessor> | undefined;
  await mkdir(opts.outDir, { recursive: true });
  const names = (await readdir(opts.inDir, { withFileTypes: true }))
    .filter((d) => d.isFile() && d.name.toLowerCase().endsWith('.txt') && !d.name.startsWith('.'))
    .map((d) => d.name)
    .sort();
  const old = await readManifest(opts.outDir, config.version);
  const existing = new Set((await readdir(opts.outDir)).filter((n) => n.endsWith('.mdx')));
  const manifest: Manifest = { version: config.version, files: {} };
  const s: Summary = { files: names.length, written: 0, unchanged: 0, removed: 0, warnings: 0, errors: 0, redactions: 0, seconds: 0 };
  // Ids come from names alone: the first file (by name) with an id owns it.
  const owner = new Map<string, string>();
  for (const name of names) if (!owner.has(fileId(name))) owner.set(fileId(name), name);
  const reports: FileReport[] = new Array(names.length);
  const vfiles: Array<VFile | undefined> = new Array(names.length);
  const kept = new Set<string>();
  let done = 0;
  const one = async (n: number): Promise<void> => {
    const name = names[n]!;
    const path = join(opts.inDir, name);
    const id = fileId(name);
    if (owner.get(id) !== name) {
      const file = new VFile({ path });
      fail(file, `id "${id}" is already used by ${owner.get(id)}; rename one of the files`);
      reports[n] = fileReport(name, id, file, {});
      vfiles[n] = file;
      return;
    }
    const { size, mtimeMs } = await stat(path);
    const prev = old.files[name];
    const cached = prev && prev.report.id === id && existing.has(`${id}.mdx`) ? prev : undefined;
    // Same size and time as when its page was written: not even read.
    const bytes = cached && cached.size === size && cached.mtimeMs === mtimeMs ? undefined : await readFile(path);
    const hash = bytes ? hashBytes(bytes) : cached?.hash;
    if (cached && hash === cached.hash) {
      // Unchanged seed, same ingest code: nothing is parsed.
      reports[n] = cached.report;
      manifest.files[name] = { ...cached, size, mtimeMs };
      kept.add(id);
      s.unchanged++;
      return;
    }
    processor ??= loadProcessor(config);
    const result = await (await processor)(path, bytes!, id);
    const extra = { redactions: result.redactions, ...(result.encoding ? { encoding: result.encoding } : {}) };
    const report = fileReport(name, id, result.file, extra);
    reports[n] = report;
    vfiles[n] = result.file;
    if (result.output !== undefined) {
      await writeAtomic(join(opts.outDir, `${id}.mdx`), result.output);
      manifest.files[name] = { hash: hash!, size, mtimeMs, report };
      kept.add(id);
      s.written++;
    }
  };
  // A few files in flight hide disk latency; parsing itself is synchronous.
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < names.length) {
      const n = next++;
      await one(n);
      done++;
      if (opts.tty || done % PROGRESS_EVERY === 0) log(`ingest: ${done}/${names.length}`);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  // A page whose seed is gone (or no longer makes a valid page) goes too.
  for (const page of existing) {
    if (!kept.has(page.replace(/\.mdx$/, ''))) {
      await rm(join(opts.outDir, page), { force: true });
      s.removed++;
    }
  }
  const files = Object.fromEntries(Object.keys(manifest.files).sort().map((k) => [k, manifest.files[k]!]));
  await writeAtomic(join(opts.outDir, MANIFEST), `${JSON.stringify({ ...manifest, files })}\n`);
  const report: Report = { files: reports };
  if (opts.reportPath) await writeFile(opts.reportPath, `${JSON.stringify(report, null, 2)}\n`);
  for (const r of reports) {
    s.warnings += r.status === 'warning' ? 1 : 0;
    s.errors += r.status === 'error' ? 1 : 0;
    s.redactions += Object.values(r.redactions ?? {}).reduce((a, b) => a + b, 0);
  }
  const noisy = vfiles.filter((f): f is VFile => f !== undefined && f.messages.length > 0);
  // Errors first, then warnings, and only so many files: a run over thousands
  // of seeds must end with a summary an operator can read; the JSON report
  // (--report) has every message.
  // (vfile-reporter orders the files it is given by path, hence two calls.)
  noisy.sort((a, b) => Number(hasErrors(b)) - Number(hasErrors(a)));
  const shown = noisy.slice(0, SHOW_FILES);
  for (const group of [shown.filter(hasErrors), shown.filter((f) => !hasErrors(f))]) {
    if (group.length) log(reporter(group, { quiet: true }));
  }
  if (noisy.length > SHOW_FILES) {
    log(`… and ${noisy.length - SHOW_FILES} more files with messages${opts.reportPath ? ` (all in ${opts.reportPath})` : '; --report FILE lists them all'}`);
  }
  s.seconds = (performance.now() - started) / 1000;
  log(summarize(s));
  return { report, summary: s, exitCode: s.errors > 0 ? 1 : 0 };
}

async function readManifest(outDir: string, version: string): Promise<Manifest> {
  try {
    const m = JSON.parse(await readFile(join(outDir, MANIFEST), 'utf8')) as Manifest;
    if (m.version === version && m.files) return m;
  } catch {
    // No manifest yet, or an unreadable one: rebuild everything.
  }
  return { version, files: {} };
}
