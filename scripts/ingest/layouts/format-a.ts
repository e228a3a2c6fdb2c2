import type { Layout, Line, ParsedPage, RawLawyer, RawRelated } from './types.ts';
import { toBlocks } from './blocks.ts';
import { warn } from '../messages.ts';

const TITLE = /[?？]\s*$/;
const LAWYER = /^(\S{1,20}?)执业律师$/;
const HELPED = /^已帮助\s*(\d+)\s*人解决法律问题$/;
const RELATED = /^相关问题$/;
const RECOMMEND = /^为您推荐\s*\d+\s*个最新问题$/;
/** The last answer line of a complete page ends a sentence. */
const SENTENCE_END = /[。！？!?…”）)》]$/;

/**
 * Format A (seeds 000, 001, 003, 004): title line ending in `?`, a blank line,
 * the asker's question, the byline `张凯执业律师` + `已帮助 N 人解决法律问题`,
 * answer paragraphs, then `相关问题` / `为您推荐20个最新问题` and related
 * questions as title, blank line, question.
 */
export const formatA: Layout = {
  name: 'format-a',
  expects: 'format-a: a title line ending in "?", a blank line, the question, "<name>执业律师", the answer, "相关问题"',
  detect(lines) {
    return lines.length >= 3 && TITLE.test(lines[0] ?? '') && (lines[1] ?? '').trim() === '' && (lines[2] ?? '').trim() !== '';
  },
  parse(lines, file) {
    const at = (i: number): Line => ({ text: (lines[i] ?? '').trim(), line: i + 1 });
    let i = 2;
    const question: Line[] = [];
    let lawyer: RawLawyer | undefined;
    for (; i < lines.length; i++) {
      const { text, line } = at(i);
      const m = LAWYER.exec(text);
      if (m) {
        lawyer = { name: m[1]!, line };
        const h = HELPED.exec(at(i + 1).text);
        if (h) {
          lawyer.helpedCount = Number(h[1]);
          i++;
        }
        i++;
        break;
      }
      if (HELPED.test(text)) break;
      if (text === '') {
        // No byline: the question is the first run of lines after the title.
        warn(file, 'no lawyer line (expected "<name>执业律师" after the question)', line);
        break;
      }
      question.push({ text, line });
    }
    const answerLines: Line[] = [];
    let related: RawRelated[] = [];
    let relatedFound = false;
    for (; i < lines.length; i++) {
      const l = at(i);
      if (RELATED.test(l.text)) {
        relatedFound = true;
        related = parseRelated(lines, i + 1);
        break;
      }
      answerLines.push(l);
    }
    const last = [...answerLines].reverse().find((l) => l.text !== '');
    if (!relatedFound) {
      if (last && !SENTENCE_END.test(last.text)) {
        warn(file, 'answer looks cut off: its last line ends mid-sentence', last.line);
      }
      warn(file, 'no related section (expected "相关问题")', lines.length);
    }
    const page: ParsedPage = {
      title: at(0),
      question,
      answers: [{ ...(lawyer ? { lawyer } : {}), blocks: toBlocks(answerLines) }],
      related,
      categories: [],
    };
    return page;
  },
};

/** Non-blank runs alternate: title, question, title, question… */
function parseRelated(lines: readonly string[], from: number): RawRelated[] {
  const groups: Line[][] = [];
  let current: Line[] = [];
  for (let i = from; i < lines.length; i++) {
    const text = (lines[i] ?? '').trim();
    if (text === '') {
      if (current.length) groups.push(current);
      current = [];
    } else if (!RECOMMEND.test(text)) {
      current.push({ text, line: i + 1 });
    }
  }
  if (current.length) groups.push(current);
  const out: RawRelated[] = [];
  for (let g = 0; g < groups.length; g += 2) {
    const head = groups[g]!;
    const body = groups[g + 1];
    const question = body?.map((l) => l.text).join('');
    out.push({ title: head[0]!.text, line: head[0]!.line, ...(question ? { question } : {}) });
  }
  return out;
}
