import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtures, ingest, pages, readPage, tempDir } from './helpers.ts';

/** Each bad input: one clear message, the file skipped or still made as the issue says. */
async function one(caseName: string) {
  const result = await ingest(join(fixtures, caseName));
  const file = result.report.files[0]!;
  return { result, file, written: await pages(result.outDir) };
}

describe('bad input', () => {
  it.each([
    ['empty', /empty file/],
    ['binary', /binary file/],
    ['undecodable', /not valid UTF-8, and not GBK/],
    ['fits-none', /fits no known layout; expected one of: format-a: .*title line ending in "\?".* \| format-b: /],
  ])('%s: an error naming the file, nothing written, exit 1', async (caseName, message) => {
    const { result, file, written } = await one(caseName);
    expect(file.status).toBe('error');
    expect(file.messages.map((m) => m.message).join('\n')).toMatch(message);
    expect(written).toEqual([]);
    expect(result.exitCode).toBe(1);
  });

  it('a file over 1 MB is an error; the other files are still written', async () => {
    const dir = await tempDir('ingest-big-');
    await writeFile(join(dir, '200_bbbbbbbbbbbbbbbb.txt'), `大文件?\n\n${'很长的问题。'.repeat(70_000)}\n`);
    await writeFile(join(dir, '201_bbbbbbbbbbbbbbb1.txt'), await readFile(join(fixtures, 'no-related', '108_aaaaaaaaaaaaaaa9.txt')));
    const result = await ingest(dir);
    const [big, ok] = result.report.files;
    expect(big).toMatchObject({ status: 'error', messages: [{ message: expect.stringMatching(/over the 1 MB limit/) }] });
    expect(ok!.status).toBe('warning');
    expect(await pages(result.outDir)).toEqual(['bbbbbbbbbbbbbbb1.mdx']);
    expect(result.exitCode).toBe(1);
  });

  it('GBK is decoded and noted in the report', async () => {
    const { result, file } = await one('gbk');
    expect(file).toMatchObject({ status: 'ok', encoding: 'gb18030' });
    expect(file.messages.map((m) => m.message)).toContain('decoded as GBK/GB18030 (not UTF-8)');
    const { faq } = await readPage(result.outDir, file.id);
    expect(faq.title).toBe('网购被骗钱能追回吗?');
    expect(faq.lawyer?.name).toBe('王芳');
    expect(faq.statutes).toMatchObject([{ lawSlug: 'xingfa', article: 266 }]);
    expect(result.exitCode).toBe(0);
  });

  it('BOM and CRLF just work: the same page as the plain UTF-8 file', async () => {
    const { result, file } = await one('bom-crlf');
    expect(file).toMatchObject({ status: 'ok', messages: [] });
    const { faq, text } = await readPage(result.outDir, file.id);
    expect(text).not.toMatch(/\r|\uFEFF/);
    expect(faq.title).toBe('网购被骗钱能追回吗?');
    expect(faq.related).toEqual([
      { title: '网购退款被骗怎么办?', question: '我在网上申请退款时被骗了,怎么办?', topic: expect.any(String) },
    ]);
  });

  it.each([
    ['cut-off', /answer looks cut off/, 7],
    ['no-lawyer', /no lawyer line/, 4],
    ['no-related', /no related section/, 8],
  ])('%s: a warning with its line, the page is still made, exit 0', async (caseName, message, line) => {
    const { result, file, written } = await one(caseName);
    expect(file.status).toBe('warning');
    expect(file.messages).toContainEqual({ line, message: expect.stringMatching(message) });
    expect(written).toEqual([`${file.id}.mdx`]);
    expect(result.exitCode).toBe(0);
  });

  it('no lawyer line: the page has no lawyer, the question and answer stay apart', async () => {
    const { result, file } = await one('no-lawyer');
    const { faq, body } = await readPage(result.outDir, file.id);
    expect(faq.lawyer).toBeUndefined();
    expect(faq.question).toBe('我的身份证被别人拿去办了银行卡,我该怎么办?');
    expect(body).toContain('发现身份证被冒用后');
    expect(body).not.toContain('我的身份证被别人拿去');
  });
});
