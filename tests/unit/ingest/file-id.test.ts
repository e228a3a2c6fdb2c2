import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileId } from '../../../scripts/ingest/file-id.ts';
import { ingest, seedsDir, tempDir } from './helpers.ts';

describe('page ids (URL slugs)', () => {
  it('take the hex id of a scraped file name, so URLs survive content changes', () => {
    expect(fileId('000_64ac526aea67fa8c.txt')).toBe('64ac526aea67fa8c');
    expect(fileId('/some/dir/abc-0123456789ABCDEF.txt')).toBe('0123456789abcdef');
  });

  it('give other names a stable ASCII slug: pinyin for Chinese, dashes for the rest', () => {
    expect(fileId('网络诈骗怎么办.txt')).toBe('wangluozhapianzenmeban');
    expect(fileId('Hello World.TXT')).toBe('hello-world');
    expect(fileId('faq-2021_离婚.txt')).toBe('faq-2021-lihun');
    expect(fileId('网络诈骗怎么办.txt')).toBe(fileId('网络诈骗怎么办.txt'));
  });

  it('refuse a second file with the same id, naming the first, and still write the first', async () => {
    const seeds = await tempDir('ingest-dup-');
    await copyFile(join(seedsDir, '000_64ac526aea67fa8c.txt'), join(seeds, '000_64ac526aea67fa8c.txt'));
    await copyFile(join(seedsDir, '001_9d1dd16765763b80.txt'), join(seeds, '999_64ac526aea67fa8c.txt'));
    const result = await ingest(seeds);
    expect(result.exitCode).toBe(1);
    expect(result.summary).toMatchObject({ files: 2, written: 1, errors: 1 });
    const dup = result.report.files.find((f) => f.file === '999_64ac526aea67fa8c.txt')!;
    expect(dup.status).toBe('error');
    expect(dup.messages[0]!.message).toContain('000_64ac526aea67fa8c.txt');
  });
});
