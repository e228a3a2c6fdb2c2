import type { Block, Layout, Line, ParsedPage, RawAnswer } from './types.ts';
import { fail, warn } from '../messages.ts';
import { leadingBreadcrumb } from './breadcrumb.ts';

/**
 * 律图 question pages:
 *
 *   首页 > 法律咨询 > 劳动纠纷             (breadcrumb, may be missing)
 *   公司要求签服务期协议合法吗?            (title)
 *   我刚入职一家公司,…                    (the asker's question)
 *   咨询我                                 (button by the lawyer's card, dropped; opens an answer)
 *   <answer paragraphs>
 *   2025-08-19 15:32:07 回复               (closes the answer, gives its date)
 */

const CONSULT = /^咨询我$/;
const REPLY = /^(\d{4})-(\d{2})-(\d{2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*回复$/;
const CRUMB = /^(?:(?:我的)?位置[:：])?首页\s*[>＞›]/;

export const lvtu: Layout = {
  name: 'lvtu',
  expects:
    'lvtu (律图): optional `首页 > …` breadcrumb, a title, the question, then answers each opened by `咨询我` and closed by `YYYY-MM-DD HH:MM:SS 回复`',
  detect(lines) {
    const texts = lines.map((t) => t.trim());
    return texts.some((t) => CONSULT.test(t)) && texts.some((t) => REPLY.test(t));
  },
  parse(lines, file) {
    const texts = lines.map((t) => t.trim());
    const head = leadingBreadcrumb(texts, CRUMB, file, 'no `首页 > …` breadcrumb: the page has no categories');
    const { categories } = head;
    const i = head.next;
    const firstAnswer = texts.findIndex((t) => CONSULT.test(t));
    const title: Line = { text: texts[i] ?? '', line: i + 1 };
    if (i < 0 || i >= firstAnswer) {
      fail(file, 'expected a title before the first `咨询我`', i + 1);
      return { title, question: [], answers: [], related: [], categories };
    }
    const question: Line[] = [];
    for (let k = i + 1; k < firstAnswer; k++) if (texts[k] !== '') question.push({ text: texts[k]!, line: k + 1 });
    const answers = readAnswers(texts, firstAnswer, file);
    const dates = answers.flatMap((a) => (a.date ? [a.date] : [])).sort();
    return {
      title,
      question,
      answers,
      related: [],
      categories,
      // The page itself is undated: it was published when first answered.
      ...(dates[0] ? { date: dates[0] } : {}),
    } satisfies ParsedPage;
  },
};

function readAnswers(texts: readonly string[], from: number, file: Parameters<Layout['parse']>[1]): RawAnswer[] {
  const answers: RawAnswer[] = [];
  let blocks: Block[] | undefined;
  for (let k = from; k < texts.length; k++) {
    const text = texts[k]!;
    const reply = REPLY.exec(text);
    if (CONSULT.test(text)) {
      if (blocks) warn(file, 'answer without a `… 回复` date line', k + 1);
      if (blocks?.length) answers.push({ blocks });
      blocks = [];
    } else if (reply) {
      if (blocks?.length) answers.push({ date: `${reply[1]}-${reply[2]}-${reply[3]}`, blocks });
      else warn(file, 'a `回复` line with no answer above it', k + 1);
      blocks = undefined;
    } else if (text !== '') {
      if (!blocks) warn(file, 'text after a `回复` line is not part of an answer: dropped', k + 1);
      blocks?.push({ kind: 'paragraph', text, line: k + 1 });
    }
  }
  if (blocks) {
    warn(file, 'the last answer has no `… 回复` line; the page may be cut off', texts.length);
    if (blocks.length) answers.push({ blocks });
  }
  if (answers.length === 0) fail(file, 'no answer text after `咨询我`', from + 1);
  return answers;
}

