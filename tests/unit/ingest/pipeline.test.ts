import { execFile } from 'node:child_process';
import { copyFile, readFile, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { run } from '../../../scripts/ingest/run.ts';
import { fixtures, ingest, pages, root, seedsDir, tempDir } from './helpers.ts';

const exec = promisify(execFile);

async function copySeeds(to: string, from = seedsDir): Promise<string[]> {
  const names = (await readdir(from)).filter((n) => n.endsWith('.txt'));
  for (const n of names) await copyFile(join(from, n), join(to, n));
  return names;
}

/** The CLI as `npm run ingest` runs it, with this test's Node (v24, from node_modules). */
async function cli(args: string[]): Promise<{ code: number; stderr: string }> {
  try {
    const { stderr } = await exec(process.execPath, [join(root, 'scripts', 'ingest.ts'), ...args], { cwd: root });
    return { code: 0, stderr };
  } catch (error) {
    const e = error as { code: number; stderr: string };
    return { code: e.code, stderr: e.stderr };
  }
}

describe('pipeline', () => {
  it('is deterministic: two runs give byte-identical pages', async () => {
    const a = await ingest(seedsDir);
    const b = await ingest(seedsDir);
    const names = await pages(a.outDir);
    expect(names).toHaveLength(5);
    expect(await pages(b.outDir)).toEqual(names);
    for (const n of names) {
      expect(await readFile(join(b.outDir, n), 'utf8')).toBe(await readFile(join(a.outDir, n), 'utf8'));
    }
  });

  it('skips unchanged seeds, rebuilds a changed one and removes the page of a removed seed', async () => {
    const seeds = await tempDir('ingest-seeds-');
    await copySeeds(seeds);
    const first = await ingest(seeds);
    expect(first.summary).toMatchObject({ files: 5, written: 5, unchanged: 0 });
    const second = await ingest(seeds, first.outDir);
    expect(second.summary).toMatchObject({ files: 5, written: 0, unchanged: 5, removed: 0 });
    // Reports of skipped files still carry their warnings.
    expect(second.report).toEqual(first.report);

    // Touched (new mtime) but the same bytes: the content hash still skips it.
    const later = new Date(Date.now() + 60_000);
    await utimes(join(seeds, '001_9d1dd16765763b80.txt'), later, later);
    const touched = await ingest(seeds, first.outDir);
    expect(touched.summary).toMatchObject({ written: 0, unchanged: 5 });

    await rm(join(seeds, '003_9bc0501cdaa549d6.txt'));
    const third = await ingest(seeds, first.outDir);
    expect(third.summary).toMatchObject({ files: 4, written: 0, unchanged: 4, removed: 1 });
    expect(await pages(first.outDir)).not.toContain('9bc0501cdaa549d6.mdx');

    await copyFile(join(fixtures, 'no-related', '108_aaaaaaaaaaaaaaa9.txt'), join(seeds, '000_64ac526aea67fa8c.txt'));
    const fourth = await ingest(seeds, first.outDir);
    expect(fourth.summary).toMatchObject({ written: 1, unchanged: 3 });
    expect(await readFile(join(first.outDir, '64ac526aea67fa8c.mdx'), 'utf8')).toContain('被人冒用身份证办卡怎么办?');
  });

  it('ends a long run with at most 20 files of messages, errors first, and a summary', async () => {
    const seeds = await tempDir('ingest-many-');
    const warned = (await readdir(join(fixtures, 'no-lawyer'))).find((n) => n.endsWith('.txt'))!;
    const text = await readFile(join(fixtures, 'no-lawyer', warned));
    for (let i = 0; i < 30; i++) await writeFile(join(seeds, `${String(i).padStart(3, '0')}_${'b'.repeat(12)}${String(i).padStart(4, '0')}.txt`), text);
    await writeFile(join(seeds, '999_ffffffffffffffff.txt'), '');
    const lines: string[] = [];
    const result = await run({ inDir: seeds, outDir: await tempDir(), log: (l) => lines.push(l) });
    const out = lines.join('\n');
    expect(result.summary).toMatchObject({ files: 31, warnings: 30, errors: 1 });
    const shown = out.match(/^\S+\.txt$/gm) ?? [];
    expect(shown).toHaveLength(20);
    expect(shown[0]).toMatch(/999_ffffffffffffffff\.txt$/);
    expect(out).toContain('… and 11 more files with messages');
    expect(lines.at(-1)).toMatch(/^ingest: 31 files, 30 written/);
  });

  it('CLI: --in/--out/--report, a one-line summary, exit 0 with only warnings', async () => {
    const out = await tempDir();
    const report = join(out, 'report.json');
    const r = await cli(['--in', 'content/seeds', '--out', out, '--report', report]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/ingest: 5 files, 5 written, 0 unchanged, 0 removed, 2 warnings, 0 errors, 0 redactions, [\d.]+ s/);
    const json = JSON.parse(await readFile(report, 'utf8'));
    expect(Object.keys(json)).toEqual(['files']);
    expect(json.files).toHaveLength(5);
    for (const f of json.files) {
      expect(f).toEqual({
        file: expect.stringMatching(/\.txt$/),
        id: expect.stringMatching(/^[0-9a-f]{16}$/),
        status: expect.stringMatching(/^(ok|warning)$/),
        messages: expect.any(Array),
      });
    }
    expect(json.files[2]).toMatchObject({
      file: '002_718f80dfd41ee3d4.txt',
      status: 'warning',
      messages: [{ line: 11, message: 'unrecoverable mojibake "?qū)I(yè)" removed' }],
    });
  });

  it('CLI: exit 1 when a file has an error, and the good files are still written', async () => {
    const seeds = await tempDir('ingest-seeds-');
    await copySeeds(seeds, join(fixtures, 'empty'));
    await copySeeds(seeds, join(fixtures, 'gbk'));
    const out = await tempDir();
    const r = await cli(['--in', seeds, '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('104_aaaaaaaaaaaaaaa5.txt');
    expect(r.stderr).toMatch(/error\s+empty file/);
    expect(await pages(out)).toEqual(['aaaaaaaaaaaaaaa1.mdx']);
  });
});
