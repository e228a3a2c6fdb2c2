import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { hualv } from '../../../scripts/ingest/layouts/hualv.ts';
import { lawtime } from '../../../scripts/ingest/layouts/lawtime.ts';
import { lvtu } from '../../../scripts/ingest/layouts/lvtu.ts';
import type { Layout } from '../../../scripts/ingest/layouts/types.ts';

/** Pages that drift further: cut off, or missing the part a layout cannot do without. */
const dir = join(import.meta.dirname, '..', '..', 'fixtures', 'layouts', 'problems');

function run(layout: Layout, name: string): { parsed: ReturnType<Layout['parse']>; file: VFile } {
  const lines = readFileSync(join(dir, name), 'utf8').split('\n');
  expect(layout.detect(lines)).toBe(true);
  const file = new VFile({ path: name });
  return { parsed: layout.parse(lines, file), file };
}

describe('cut-off pages still make a page, with a warning', () => {
  it('lawtime: fewer bullets than `共N位律师解答` announces', () => {
    const { parsed, file } = run(lawtime, 'lawtime-cut-off.txt');
    expect(parsed.answers).toHaveLength(2);
    expect(file.messages.map((m) => [m.line, m.reason])).toEqual([
      [4, 'the page says 3 answers but 2 were found; the page may be cut off'],
    ]);
  });

  it('lawtime: a Traditional law name and its `條` article on the next line are joined', () => {
    const { parsed } = run(lawtime, 'lawtime-cut-off.txt');
    expect(parsed.answers[0]!.blocks[1]).toEqual({
      kind: 'paragraph',
      text: '法律依据:《中華人民共和國刑法》第二百六十六條 詐騙公私財物,數額較大的,處三年以下有期徒刑、拘役或者管制,並處或者單處罰金。',
      line: 6,
    });
  });

  it('lvtu: the last answer has no `回复` line', () => {
    const { parsed, file } = run(lvtu, 'lvtu-no-reply.txt');
    expect(parsed.answers.map((a) => a.date)).toEqual(['2025-08-19', undefined]);
    expect(parsed.answers[1]!.blocks).toEqual([{ kind: 'paragraph', text: '服务期的长短法律没有统一规定,但应当与培训', line: 7 }]);
    expect(file.messages.map((m) => m.reason)).toEqual(['the last answer has no `… 回复` line; the page may be cut off']);
  });
});

describe('pages missing what the layout needs are errors on the file', () => {
  it('hualv: no title above the date line', () => {
    const { parsed, file } = run(hualv, 'hualv-no-title.txt');
    expect(parsed.answers).toEqual([]);
    expect(file.messages.map((m) => [m.fatal, m.line, m.reason])).toEqual([
      [true, 1, 'expected a title followed by a `YYYY.MM.DD<category>N人浏览` line'],
    ]);
  });

  it('lawtime: no answer bullets', () => {
    const { parsed, file } = run(lawtime, 'lawtime-no-answer.txt');
    expect(parsed.answers).toEqual([]);
    expect(file.messages.map((m) => [m.fatal, m.line, m.reason])).toEqual([
      [true, 4, 'no answer: expected `•` bullets after `共N位律师解答`'],
    ]);
  });
});
