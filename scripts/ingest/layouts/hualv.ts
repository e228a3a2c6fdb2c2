import type { Block, Layout, Line, ParsedPage, RawRelated } from './types.ts';
import { fail } from '../messages.ts';
import { breadcrumbCategories } from './breadcrumb.ts';
import { firstTexts } from './first-texts.ts';

/**
 * 华律网 question pages:
 *
 *   我的位置:首页 > 优质咨询 > 劳动纠纷 > 违约金     (breadcrumb, may be missing)
 *   员工提前离职公司能扣培训违约金吗                 (title, often without `?`)
 *   2026.02.03劳动纠纷12人浏览                       (date + category + view count, glued)
 *   法律解答: / 法律依据: / 核心分析: / 实务建议: …  (labelled sections of one answer)
 *   以上是律师的法律建议,…                          (boilerplate, dropped)
 *   相关咨询 /   • 1. …                             (related questions)
 */

const META = /^(\d{4})\.(\d{1,2})\.(\d{1,2})\s*(\D*?)\s*\d+\s*人浏览$/;
const CRUMB = /^我的位置[:：]/;
/** A section label alone on its line: `法律依据:`, `温馨提示：`. */
const LABEL = /^([\u4e00-\u9fff]{2,8})[:：]$/;
const NUMBERED = /^(\d+)[.、．]\s*(.+)$/;
const BULLET = /^[•·●]\s*/;
const RELATED_HEAD = /^相关(咨询|问题|推荐)$/;
/** The site's sign-off under every answer: not the lawyer's words. */
const BOILERPLATE = /^以上(是|为)律师的法律建议/;

export const hualv: Layout = {
  name: 'hualv',
  expects:
    'hualv (华律网): optional `我的位置:首页 > …` breadcrumb, a title, then a line like `2026.02.03劳动纠纷12人浏览` and labelled sections such as `法律解答:`',
  detect(lines) {
    return firstTexts(lines, 4).some((t) => META.test(t));
  },
  parse(lines, file) {
    const texts = lines.map((t) => t.trim());
    let i = skipBlank(texts, 0);
    const categories: string[] = [];
    if (CRUMB.test(texts[i] ?? '')) {
      categories.push(...breadcrumbCategories(texts[i]!));
      i = skipBlank(texts, i + 1);
    }
    const title: Line = { text: texts[i] ?? '', line: i + 1 };
    const metaAt = texts.findIndex((t, k) => k > i && META.test(t));
    if (title.text === '' || metaAt < 0) {
      fail(file, 'expected a title followed by a `YYYY.MM.DD<category>N人浏览` line', i + 1);
      return { title, question: [], answers: [], related: [], categories };
    }
    const question = linesBetween(texts, i + 1, metaAt);
    const [, y, m, d, category] = META.exec(texts[metaAt]!)!;
    if (category && !categories.includes(category)) categories.push(category);
    const relatedAt = texts.findIndex((t, k) => k > metaAt && RELATED_HEAD.test(t));
    const bodyEnd = relatedAt < 0 ? texts.length : relatedAt;
    const blocks = toBlocks(texts, metaAt + 1, bodyEnd);
    if (blocks.length === 0) fail(file, 'the answer is empty: no text after the date line', metaAt + 1);
    return {
      title,
      question,
      answers: [{ blocks }],
      related: relatedAt < 0 ? [] : relatedList(texts, relatedAt + 1),
      categories,
      date: isoDate(y!, m!, d!),
    } satisfies ParsedPage;
  },
};

/** Labels become headings, `1. …` runs become ordered lists, other lines paragraphs. */
function toBlocks(texts: readonly string[], from: number, to: number): Block[] {
  const blocks: Block[] = [];
  for (let k = from; k < to; k++) {
    const text = texts[k]!;
    const line = k + 1;
    if (text === '' || BOILERPLATE.test(text)) continue;
    const label = LABEL.exec(text);
    const numbered = NUMBERED.exec(text);
    const last = blocks.at(-1);
    if (label) blocks.push({ kind: 'heading', text: label[1]!, line });
    else if (numbered && last?.kind === 'list') last.items.push({ text: numbered[2]!, line, body: [] });
    else if (numbered) blocks.push({ kind: 'list', ordered: true, items: [{ text: numbered[2]!, line, body: [] }] });
    else blocks.push({ kind: 'paragraph', text, line });
  }
  return blocks;
}

function relatedList(texts: readonly string[], from: number): RawRelated[] {
  const related: RawRelated[] = [];
  for (let k = from; k < texts.length; k++) {
    const title = texts[k]!.replace(BULLET, '').replace(NUMBERED, '$2').trim();
    if (title !== '') related.push({ title, line: k + 1 });
  }
  return related;
}


function linesBetween(texts: readonly string[], from: number, to: number): Line[] {
  const out: Line[] = [];
  for (let k = from; k < to; k++) if (texts[k] !== '') out.push({ text: texts[k]!, line: k + 1 });
  return out;
}


function skipBlank(texts: readonly string[], k: number): number {
  while (k < texts.length && texts[k] === '') k++;
  return k;
}

function isoDate(y: string, m: string, d: string): string {
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}
