import { chineseNumeral } from './chinese-numeral.ts';

/** 《中华人民共和国刑法》第二百五十三条之一: the article as statutes name it. */
export function articleName(lawName: string, article: number, suffix?: number): string {
  const tail = suffix ? `之${chineseNumeral(suffix)}` : '';
  return `《${lawName}》第${chineseNumeral(article)}条${tail}`;
}
