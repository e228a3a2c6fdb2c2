import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { projectRoot } from './builds.ts';

/**
 * What the bundled seeds (content/seeds) must produce, read off the seed
 * texts by hand: the statute citations each answer makes.
 */
export const seedArticles = [
  'laws/minfadian/1034/',
  'laws/minfadian/1037/',
  'laws/minfadian/1038/',
  'laws/minfadian/1184/',
  'laws/xingfa/253-1/',
  'laws/xingfa/266/',
  'laws/minshisusongfa/66/',
  'laws/wangluoanquanfa/42/',
  'laws/xiaofeizhequanyibaohufa/52/',
];
export const seedLaws = ['minfadian', 'xingfa', 'minshisusongfa', 'wangluoanquanfa', 'xiaofeizhequanyibaohufa', 'gerenxinxibaohufa'];
export const seedLawyer = 'lawyers/zhangkai/';
export const seedFaqCount = 5;

/** Law full name → slug, from the project's content/laws.yaml. */
export function lawSlugsByName(): Map<string, string> {
  const list = parse(readFileSync(join(projectRoot, 'content', 'laws.yaml'), 'utf8')) as Array<{ slug: string; name: string }>;
  return new Map(list.map((l) => [l.name, l.slug]));
}

const digit: Record<string, number> = { 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const unit: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** 一千零三十四 → 1034, 十二 → 12 (an independent reading, not the site's own code). */
export function parseChineseNumber(text: string): number {
  let total = 0;
  let current = 0;
  for (const ch of text) {
    if (ch in digit) current = digit[ch] ?? 0;
    else if (ch in unit) {
      total += (current || 1) * (unit[ch] ?? 1);
      current = 0;
    } else throw new Error(`not a numeral: ${text}`);
  }
  return total + current;
}
