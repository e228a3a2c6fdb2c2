import type { Block, Layout, Line, ParsedPage, RawAnswer } from './types.ts';
import { fail, warn } from '../messages.ts';
import { firstTexts } from './first-texts.ts';

/**
 * 法律快车 question pages:
 *
 *   问答详情                                   (UI label, dropped)
 *   网购退款被骗了钱能追回吗?                  (title)
 *   网络诈骗 2025-11-02 09:14 36人浏览          (category, date-time, view count)
 *   共3位律师解答                              (answer count, dropped)
 *     • <answer>                               (one bullet per answer)
 *       法律依据:《中华人民共和国刑法》          (law name …
 *       第二百六十六条 诈骗公私财物…            … and its article on the next line)
 */

const HEADER = /^问答详情$/;
const META = /^(?:(.*?)\s+)?(\d{4})-(\d{2})-(\d{2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s+\d+\s*人浏览$/;
const COUNT = /^共\s*(\d+)\s*位律师(解答|回答)$/;
const BULLET = /^[•·●]\s*/;
/** A line that names a law and nothing else, so its article is on the next line. */
const LAW_ONLY = /《[^》]+》\s*$/;
const ARTICLE_START = /^第[零〇一二三四五六七八九十百千\d]+[条條]/;

export const lawtime: Layout = {
  name: 'lawtime',
  expects:
    'lawtime (法律快车): `问答详情`, a title, a `<category> YYYY-MM-DD HH:MM N人浏览` line, `共N位律师解答`, then one `•` bullet per answer',
  detect(lines) {
    const first = firstTexts(lines, 5);
    return first.some((t) => HEADER.test(t) || COUNT.test(t)) && first.some((t) => META.test(t));
  },
  parse(lines, file) {
    const texts = lines.map((t) => t.trim());
    const i = texts.findIndex((t) => t !== '' && !HEADER.test(t));
    const title: Line = { text: texts[i] ?? '', line: i + 1 };
    const metaAt = texts.findIndex((t, k) => k > i && META.test(t));
    if (i < 0 || metaAt < 0) {
      fail(file, 'expected a title followed by a `<category> YYYY-MM-DD HH:MM N人浏览` line', i + 1);
      return { title, question: [], answers: [], related: [], categories: [] };
    }
    const [, category, y, m, d] = META.exec(texts[metaAt]!)!;
    const question: Line[] = [];
    for (let k = i + 1; k < metaAt; k++) if (texts[k] !== '') question.push({ text: texts[k]!, line: k + 1 });
    let expected: Line | undefined;
    const answers: RawAnswer[] = [];
    for (let k = metaAt + 1; k < texts.length; k++) {
      const text = texts[k]!;
      const count = COUNT.exec(text);
      if (count) expected = { text: count[1]!, line: k + 1 };
      else if (BULLET.test(text)) answers.push({ blocks: [para(text.replace(BULLET, ''), k + 1)] });
      else if (text !== '' && answers.length > 0) addLine(answers.at(-1)!.blocks, text, k + 1);
      else if (text !== '') warn(file, `text before the first answer bullet is not part of any answer: ${text}`, k + 1);
    }
    if (answers.length === 0) fail(file, 'no answer: expected `•` bullets after `共N位律师解答`', metaAt + 2);
    if (expected && Number(expected.text) !== answers.length) {
      warn(file, `the page says ${expected.text} answers but ${answers.length} were found; the page may be cut off`, expected.line);
    }
    return {
      title,
      question,
      answers,
      related: [],
      categories: category ? [category] : [],
      date: `${y}-${m}-${d}`,
    } satisfies ParsedPage;
  },
};

function para(text: string, line: number): Block {
  return { kind: 'paragraph', text, line };
}

/** Joins an article line onto the law-name line above it, so the citation reads as one. */
function addLine(blocks: Block[], text: string, line: number): void {
  const last = blocks.at(-1);
  if (last?.kind === 'paragraph' && LAW_ONLY.test(last.text) && ARTICLE_START.test(text)) {
    last.text += text;
  } else {
    blocks.push(para(text, line));
  }
}
