import type { Layout, Line, RawRelated } from './types.ts';
import { HEADING, toBlocks } from './blocks.ts';
import { stripArtifacts } from '../normalize/artifacts.ts';
import { isNoise } from '../normalize/noise.ts';
import { warn } from '../messages.ts';

const BIO = /^(簡介|简介)[:：]\s*(.*)$/;
const DATE_HEAD = /^(\d{4}-\d{2}-\d{2})(.*)$/;


/**
 * Format B (seed 002, Traditional Chinese): numbered sections `一、…` with
 * `(一)…` items, then site UI lines, a nameless lawyer bio after `簡介:`, and
 * related titles whose date is glued to the start of the next line.
 */
export const formatB: Layout = {
  name: 'format-b',
  expects: 'format-b: a first line "一、<question>", sections and (一) items, then "簡介:" and dated related titles',
  detect(lines) {
    return HEADING.test((lines[0] ?? '').trim());
  },
  parse(lines, file) {
    const at = (i: number): Line => ({ text: (lines[i] ?? '').trim(), line: i + 1 });
    const body: Line[] = [];
    let i = 0;
    for (; i < lines.length; i++) {
      const l = at(i);
      if (isNoise(l.text) || BIO.test(stripArtifacts(l.text))) break;
      body.push(l);
    }
    let bio = '';
    for (; i < lines.length; i++) {
      const l = at(i);
      const b = BIO.exec(stripArtifacts(l.text));
      if (b) {
        bio = b[2] ?? '';
        // The bio is the text after the label, on the same line or the next ones.
        for (; i + 1 < lines.length && !isNoise(at(i + 1).text) && at(i + 1).text !== ''; i++) {
          bio += at(i + 1).text;
        }
      } else if (!isNoise(l.text) && l.text !== '') {
        break;
      }
    }
    const lastBody = body[body.length - 1];
    if (i >= lines.length && lastBody && !/[。！？!?…”）)》]$/.test(stripArtifacts(lastBody.text))) {
      warn(file, 'answer looks cut off: its last line ends mid-sentence', lastBody.line);
    }
    const related = parseRelated(lines, i, file);
    if (!bio) warn(file, 'no lawyer bio (expected "簡介:")');
    const title = body[0] ?? at(0);
    return {
      title: { text: title.text.replace(/^[一二三四五六七八九十]{1,3}、/, ''), line: title.line },
      question: [],
      answers: [{ ...(bio ? { lawyer: { bio } } : {}), blocks: toBlocks(body) }],
      related,
      categories: [],
    };
  },
};

/**
 * `2021-03-012020年離婚的條件是什么`: the date belongs to the title before it,
 * the rest of the line is the next title; the last line is only a date.
 */
function parseRelated(lines: readonly string[], from: number, file: Parameters<Layout['parse']>[1]): RawRelated[] {
  const out: RawRelated[] = [];
  for (let i = from; i < lines.length; i++) {
    let text = (lines[i] ?? '').trim();
    if (text === '' || isNoise(text)) continue;
    const m = DATE_HEAD.exec(text);
    if (m) {
      const prev = out[out.length - 1];
      if (prev && !prev.date) prev.date = m[1]!;
      else warn(file, `date ${m[1]} has no title before it`, i + 1);
      text = (m[2] ?? '').trim();
    }
    if (text) out.push({ title: text, line: i + 1 });
  }
  const last = out[out.length - 1];
  if (last && !last.date) warn(file, 'last related title has no date (the file may be cut off)', last.line);
  if (out.length === 0) warn(file, 'no related section (expected dated titles after the lawyer bio)', lines.length);
  return out;
}
