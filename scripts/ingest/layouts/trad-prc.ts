import type { Block, Layout, Line, ParsedPage } from './types.ts';

/**
 * Traditional-Chinese mirrors of PRC-law articles:
 *
 *   位置:首頁 > 訴訟仲裁 > 受理範圍          (breadcrumb, may be missing)
 *   網購被騙是去法院起訴還是報警?            (title …
 *   網購被騙是去法院起訴還是報警?            … repeated by the page template, dropped)
 *   一、網購被騙是去法院起訴還是報警?        (numbered sections of one answer)
 *   二、法律依據
 *   《中華人民共和國刑法》第二百六十六條,…
 */

const CRUMB = /^位置[:：]\s*首[頁页]\s*[>＞›]/;
const SECTION = /^[一二三四五六七八九十]+、/;
const ITEM = /^[(（]([一二三四五六七八九十]+)[)）]\s*(.+)$/;
const HOME = new Set(['首頁', '首页']);

export const tradPrc: Layout = {
  name: 'trad_prc',
  expects:
    'Traditional-Chinese PRC-law article: optional `位置:首頁 > …` breadcrumb, the title twice, then sections `一、<title>`, `二、法律依據`',
  detect(lines) {
    const first = lines.map((t) => t.trim()).filter((t) => t !== '').slice(0, 4);
    const crumb = CRUMB.test(first[0] ?? '');
    const start = crumb ? 1 : 0;
    const title = first[start] ?? '';
    const repeated = title !== '' && first[start + 1] === title && first.includes(`一、${title}`);
    return repeated || (crumb && first.slice(1).some((t) => SECTION.test(t)));
  },
  parse(lines, file) {
    const texts = lines.map((t) => t.trim());
    let i = texts.findIndex((t) => t !== '');
    const categories: string[] = [];
    if (CRUMB.test(texts[i] ?? '')) {
      categories.push(...crumbs(texts[i]!));
      i = texts.findIndex((t, k) => k > i && t !== '');
    } else {
      file.message('No `位置:首頁 > …` breadcrumb: the page has no categories', { place: { line: i + 1, column: 1 } });
    }
    if (i < 0) file.fail('Expected a title line', { place: { line: 1, column: 1 } });
    const title: Line = { text: texts[i]!, line: i + 1 };
    // The template prints the title again right under itself: not part of the answer.
    let from = i + 1;
    while (from < texts.length && (texts[from] === '' || texts[from] === title.text)) from++;
    const blocks = toBlocks(texts, from);
    if (blocks.length === 0) file.fail('The article has no body after its title', { place: { line: from + 1, column: 1 } });
    return { title, question: [], answers: [{ blocks }], related: [], categories } satisfies ParsedPage;
  },
};

/** `一、…` lines become headings, `(一)…` items a list holding the lines under them. */
function toBlocks(texts: readonly string[], from: number): Block[] {
  const blocks: Block[] = [];
  for (let k = from; k < texts.length; k++) {
    const text = texts[k]!;
    const line = k + 1;
    if (text === '') continue;
    const item = ITEM.exec(text);
    const last = blocks.at(-1);
    if (SECTION.test(text)) blocks.push({ kind: 'heading', text, line });
    else if (item && last?.kind === 'list') last.items.push({ text: item[2]!, line, body: [] });
    else if (item) blocks.push({ kind: 'list', ordered: true, items: [{ text: item[2]!, line, body: [] }] });
    else if (last?.kind === 'list') last.items.at(-1)!.body.push({ text, line });
    else blocks.push({ kind: 'paragraph', text, line });
  }
  return blocks;
}

function crumbs(text: string): string[] {
  return text
    .replace(/^位置[:：]\s*/, '')
    .split(/\s*[>＞›]\s*/)
    .map((c) => c.trim())
    .filter((c) => c !== '' && !HOME.has(c));
}
