import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { hualv } from '../../../scripts/ingest/layouts/hualv.ts';
import { lawtime } from '../../../scripts/ingest/layouts/lawtime.ts';
import { lvtu } from '../../../scripts/ingest/layouts/lvtu.ts';
import { tradPrc } from '../../../scripts/ingest/layouts/trad-prc.ts';
import type { Layout } from '../../../scripts/ingest/layouts/types.ts';

/**
 * Adapter level: each sample and drift fixture is cut into the hand-checked
 * parts in `<layout>/{sample,drift}.parsed.json`, before any later stage runs.
 */
const fixtures = join(import.meta.dirname, '..', '..', 'fixtures', 'layouts');
const adapters: Record<string, Layout> = { hualv, lawtime, lvtu, 'trad-prc': tradPrc };

interface Expected {
  layout: string;
  input: string;
  parsed: unknown;
  messages: Array<{ line: number; message: string }>;
}

function linesOf(path: string): string[] {
  return readFileSync(join(fixtures, path), 'utf8').split('\n');
}

/** Text a reader would see, from every part of a parsed page. */
function visibleText(parsed: ReturnType<Layout['parse']>): string {
  return JSON.stringify([parsed.title, parsed.question, parsed.answers, parsed.related, parsed.categories]);
}

describe.each(Object.entries(adapters))('%s adapter', (dir, layout) => {
  describe.each(['sample', 'drift'])('%s', (kind) => {
    const expected = JSON.parse(readFileSync(join(fixtures, dir, `${kind}.parsed.json`), 'utf8')) as Expected;
    const lines = linesOf(expected.input);

    it('is detected by this adapter and no other', () => {
      const fits = Object.values(adapters).filter((a) => a.detect(lines)).map((a) => a.name);
      expect(fits).toEqual([layout.name]);
      expect(expected.layout).toBe(layout.name);
    });

    it('is cut into the expected parts, with the expected messages', () => {
      const file = new VFile({ path: expected.input });
      expect(layout.parse(lines, file)).toEqual(expected.parsed);
      expect(file.messages.map((m) => ({ line: m.line, message: m.reason }))).toEqual(expected.messages);
    });

    it('keeps view counts, UI labels and boilerplate out of every part', () => {
      const text = visibleText(layout.parse(lines, new VFile()));
      for (const noise of ['人浏览', '问答详情', '位律师解答', '咨询我', '回复', '我的位置', '位置:', '相关咨询', '以上是律师的法律建议', '•']) {
        expect(text).not.toContain(noise);
      }
    });
  });
});

describe('the bundled format A/B seeds', () => {
  const seeds = join(fixtures, '..', '..', '..', 'content', 'seeds');
  it.each(readdirSync(seeds))('%s fits none of the other sites\' layouts', (name) => {
    const lines = readFileSync(join(seeds, name), 'utf8').split('\n');
    expect(Object.values(adapters).filter((a) => a.detect(lines)).map((a) => a.name)).toEqual([]);
  });
});
