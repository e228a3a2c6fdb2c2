import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { reporter } from 'vfile-reporter';
import { VFile } from 'vfile';
import { lawIndex } from './citations/laws.ts';
import { loadConfig } from './config.ts';
import { fileId } from './file-id.ts';
import { fail } from './messages.ts';
import { hashBytes, processFile } from './process.ts';
import { fileReport, summarize, type FileReport, type Report, type Summary } from './report.ts';
import { writeAtomic } from './write.ts';

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
const CONCURRENCY = 16;

interface Manifest {
  version: string;
  files: Record<string, { hash: string; report: FileReport }>;
}

export async function run(opts: RunOptions): Promise<RunResult> {
  const started = performance.now();
  const log = opts.log ?? (() => {});
  const config = await loadConfig();
  const ctx = { laws: lawIndex(config.laws), topics: config.topics };
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
    const bytes = await readFile(path);
    const hash = hashBytes(bytes);
    const prev = old.files[name];
    if (prev && prev.hash === hash && prev.report.id === id && existing.has(`${id}.mdx`)) {
      // Unchanged seed, same ingest code: nothing is parsed.
      reports[n] = prev.report;
      manifest.files[name] = prev;
      kept.add(id);
      s.unchanged++;
      return;
    }
    const result = await processFile(path, bytes, id, ctx);
    const extra = { redactions: result.redactions, ...(result.encoding ? { encoding: result.encoding } : {}) };
    const report = fileReport(name, id, result.file, extra);
    reports[n] = report;
    vfiles[n] = result.file;
    if (result.output !== undefined) {
      await writeAtomic(join(opts.outDir, `${id}.mdx`), result.output);
      manifest.files[name] = { hash, report };
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
  if (noisy.length) log(reporter(noisy, { quiet: true }));
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
