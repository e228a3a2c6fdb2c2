import type { Layout, Line, ParsedPage } from './types.ts';
import { toBlocks } from './blocks.ts';
import { fail } from '../messages.ts';
import { leadingBreadcrumb } from './breadcrumb.ts';
import { firstTexts } from './first-texts.ts';

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

export const tradPrc: Layout = {
  name: 'trad_prc',
  expects:
    'trad_prc (Traditional-Chinese PRC-law article): optional `位置:首頁 > …` breadcrumb, the title twice, then sections `一、<title>`, `二、法律依據`',
  detect(lines) {
    const first = firstTexts(lines, 4);
    const crumb = CRUMB.test(first[0] ?? '');
    const start = crumb ? 1 : 0;
    const title = first[start] ?? '';
    const repeated = title !== '' && first[start + 1] === title && first.includes(`一、${title}`);
    return repeated || (crumb && first.slice(1).some((t) => SECTION.test(t)));
  },
  parse(lines, file) {
    const texts = lines.map((t) => t.trim());
    const head = leadingBreadcrumb(texts, CRUMB, file, 'no `位置:首頁 > …` breadcrumb: the page has no categories');
    const { categories } = head;
    const i = head.next;
    const title: Line = { text: texts[i] ?? '', line: i + 1 };
    if (i < 0) {
      fail(file, 'expected a title line', 1);
      return { title, question: [], answers: [], related: [], categories };
    }
    // The template prints the title again right under itself: not part of the answer.
    let from = i + 1;
    while (from < texts.length && (texts[from] === '' || texts[from] === title.text)) from++;
    const blocks = toBlocks(texts.slice(from).map((text, k) => ({ text, line: from + k + 1 })));
    if (blocks.length === 0) fail(file, 'the article has no body after its title', from + 1);
    return { title, question: [], answers: [{ blocks }], related: [], categories } satisfies ParsedPage;
  },
};

