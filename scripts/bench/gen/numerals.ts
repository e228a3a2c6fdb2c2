import { chineseNumeral } from '../../../src/utils/chinese-numeral.ts';

/** 第二百五十三条之一 for article 253 suffix 1: a citation as answers write it. */
export function articleLabel(article: number, suffix?: number): string {
  const base = `第${chineseNumeral(article)}条`;
  return suffix ? `${base}之${chineseNumeral(suffix)}` : base;
}
