import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { run } from './ingest/run.ts';

/**
 * `node scripts/ingest.ts [--in DIR] [--out DIR] [--report FILE]`
 * Seed .txt files → validated MDX pages. Exit 1 when any file had an error.
 */
const { values } = parseArgs({
  options: {
    in: { type: 'string' },
    out: { type: 'string' },
    report: { type: 'string' },
  },
});

const inDir = resolve(values.in ?? process.env['SEEDS_DIR'] ?? 'content/seeds');
const outDir = resolve(values.out ?? process.env['FAQ_DIR'] ?? 'content/faq');
const reportPath = values.report ?? process.env['INGEST_REPORT'];

const result = await run({
  inDir,
  outDir,
  ...(reportPath ? { reportPath: resolve(reportPath) } : {}),
  log: (line) => process.stderr.write(`${line}\n`),
  tty: process.stderr.isTTY === true,
});
process.exitCode = result.exitCode;
