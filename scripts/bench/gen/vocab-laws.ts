import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { hashString, mulberry32 } from './prng.ts';

export interface BenchLaw {
  name: string;
  /** Highest article number of the law, so generated citations stay plausible. */
  maxArticle: number;
}

export interface BenchArticle {
  law: string;
  article: number;
  suffix?: number;
}

/** Real PRC statutes with their approximate article counts. */
const builtIn: BenchLaw[] = [
  { name: '中华人民共和国刑法', maxArticle: 452 },
  { name: '中华人民共和国民法典', maxArticle: 1260 },
  { name: '中华人民共和国民事诉讼法', maxArticle: 306 },
  { name: '中华人民共和国刑事诉讼法', maxArticle: 308 },
  { name: '中华人民共和国劳动法', maxArticle: 107 },
  { name: '中华人民共和国劳动合同法', maxArticle: 98 },
  { name: '中华人民共和国网络安全法', maxArticle: 79 },
  { name: '中华人民共和国个人信息保护法', maxArticle: 74 },
  { name: '中华人民共和国消费者权益保护法', maxArticle: 63 },
  { name: '中华人民共和国治安管理处罚法', maxArticle: 119 },
  { name: '中华人民共和国行政诉讼法', maxArticle: 103 },
  { name: '中华人民共和国行政复议法', maxArticle: 90 },
  { name: '中华人民共和国道路交通安全法', maxArticle: 124 },
  { name: '中华人民共和国公司法', maxArticle: 266 },
  { name: '中华人民共和国个人所得税法', maxArticle: 22 },
  { name: '中华人民共和国税收征收管理法', maxArticle: 94 },
  { name: '中华人民共和国土地管理法', maxArticle: 87 },
  { name: '中华人民共和国城市房地产管理法', maxArticle: 73 },
  { name: '中华人民共和国社会保险法', maxArticle: 98 },
  { name: '中华人民共和国未成年人保护法', maxArticle: 132 },
  { name: '中华人民共和国反家庭暴力法', maxArticle: 38 },
  { name: '中华人民共和国妇女权益保障法', maxArticle: 86 },
  { name: '中华人民共和国产品质量法', maxArticle: 74 },
  { name: '中华人民共和国食品安全法', maxArticle: 154 },
  { name: '中华人民共和国著作权法', maxArticle: 67 },
  { name: '中华人民共和国企业破产法', maxArticle: 136 },
  { name: '中华人民共和国电子商务法', maxArticle: 89 },
  { name: '中华人民共和国保险法', maxArticle: 187 },
  { name: '中华人民共和国劳动争议调解仲裁法', maxArticle: 54 },
  { name: '中华人民共和国律师法', maxArticle: 60 },
];

export const LAW_COUNT = 30;
export const ARTICLES_PER_LAW = 17;

/**
 * The laws citations are drawn from: the project's content/laws.yaml first
 * (so the ingest recognises them), then built-in statutes up to LAW_COUNT.
 */
export function loadLaws(lawsYaml: string): BenchLaw[] {
  const fromYaml: string[] = [];
  if (existsSync(lawsYaml)) {
    const list = parse(readFileSync(lawsYaml, 'utf8')) as Array<{ name?: unknown }> | null;
    for (const entry of list ?? []) if (typeof entry.name === 'string') fromYaml.push(entry.name);
  }
  const out: BenchLaw[] = [];
  for (const name of fromYaml) {
    const known = builtIn.find((l) => l.name === name);
    out.push({ name, maxArticle: known?.maxArticle ?? 80 });
  }
  for (const law of builtIn) if (!out.some((l) => l.name === law.name)) out.push(law);
  return out.slice(0, LAW_COUNT);
}

/** ~17 distinct articles per law (~500 in all), fixed per law name. */
export function articlesOf(law: BenchLaw): BenchArticle[] {
  const rng = mulberry32(hashString(law.name));
  const seen = new Set<number>();
  const out: BenchArticle[] = [];
  const want = Math.min(ARTICLES_PER_LAW, law.maxArticle);
  while (out.length < want) {
    const article = rng.int(1, law.maxArticle);
    if (seen.has(article)) continue;
    seen.add(article);
    // Criminal law has inserted articles such as 第二百五十三条之一.
    const suffix = law.name.endsWith('刑法') && rng.chance(0.15) ? 1 : undefined;
    out.push(suffix ? { law: law.name, article, suffix } : { law: law.name, article });
  }
  return out;
}
