import type { CatalogEntry } from './catalog.ts';
import { fill } from './catalog.ts';
import { chineseNumeral } from '../../../src/utils/chinese-numeral.ts';
import { articleLabel } from './numerals.ts';
import { hashString, type Rng } from './prng.ts';
import type { BenchArticle, BenchLaw } from './vocab-laws.ts';
import { bItems, bSections, citeLeads, closers, fillers, openers, quoteClauses } from './vocab-text.ts';

export interface Library {
  laws: readonly BenchLaw[];
  /** articles[i] are the citable articles of laws[i]. */
  articles: readonly (readonly BenchArticle[])[];
}

/** Answer text size range in UTF-8 bytes (issue 6: answers of 2–10 KB). */
export const MIN_ANSWER_BYTES = 2048;
export const MAX_ANSWER_BYTES = 10240;

const bytes = (text: string): number => Buffer.byteLength(text, 'utf8');

/** One article's quoted text is the same wherever it is cited. */
function quoteOf(article: BenchArticle): string {
  const key = `${article.law}${article.article}-${article.suffix ?? 0}`;
  return quoteClauses[hashString(key) % quoteClauses.length] ?? '';
}

/** A citation sentence; mostly the topic's own laws, sometimes any of the ~500 articles. */
function citation(rng: Rng, lib: Library, entry: CatalogEntry): string {
  const home = [entry.topic % lib.laws.length, (entry.topic * 7 + 3) % lib.laws.length];
  const lawIndex = rng.chance(0.7) ? rng.pick(home) : rng.int(0, lib.laws.length - 1);
  const law = lib.laws[lawIndex];
  const articles = lib.articles[lawIndex] ?? [];
  if (!law || articles.length === 0) return '';
  if (rng.chance(0.1)) return `《${law.name}》也对${entry.keyword}作出了详细规定。`;
  const article = rng.pick(articles);
  const label = articleLabel(article.article, article.suffix);
  return `${rng.pick(citeLeads)}《${law.name}》${label}规定,${quoteOf(article)}。`;
}

function paragraph(rng: Rng, lib: Library, entry: CatalogEntry): string {
  const sentences: string[] = [];
  const count = rng.int(2, 4);
  // Start at a random filler and step by a stride coprime with the table: no repeats in a paragraph.
  const start = rng.int(0, fillers.length - 1);
  const stride = rng.pick([1, 3, 5, 9, 11]);
  for (let i = 0; i < count; i++) {
    sentences.push(fill(fillers[(start + i * stride) % fillers.length] ?? '', entry.keyword, entry.title));
  }
  // Lawyers mostly close a paragraph with the statute they quote, sometimes go on after it.
  if (rng.chance(0.6)) sentences.splice(rng.chance(0.7) ? sentences.length : rng.int(0, sentences.length), 0, citation(rng, lib, entry));
  return sentences.join('');
}

export function targetBytes(rng: Rng): number {
  return rng.int(MIN_ANSWER_BYTES, MAX_ANSWER_BYTES);
}

/** Format A answer: plain paragraphs, opener first and a 总之 closer last. */
export function answerParagraphs(rng: Rng, lib: Library, entry: CatalogEntry, target: number): string[] {
  const first = fill(rng.pick(openers), entry.keyword, entry.title) + citation(rng, lib, entry);
  const last = fill(rng.pick(closers), entry.keyword, entry.title);
  const out = [first];
  let size = bytes(first) + bytes(last);
  while (size < target) {
    const next = paragraph(rng, lib, entry);
    // Never past the 10 KB ceiling: stop rather than overshoot.
    if (size + bytes(next) > MAX_ANSWER_BYTES) break;
    out.push(next);
    size += bytes(next);
  }
  out.push(last);
  return out;
}

/** Format B answer as lines: `一、` headings, `(一)` items each followed by a paragraph. */
export function answerLines(rng: Rng, lib: Library, entry: CatalogEntry, target: number): string[] {
  const lines = [`一、${entry.title}`, paragraph(rng, lib, entry)];
  const closer = fill(rng.pick(closers), entry.keyword, entry.title);
  let size = lines.reduce((sum, l) => sum + bytes(l), 0) + bytes(closer);
  const item = (i: number): string[] => [`(${chineseNumeral(i)})${rng.pick(bItems)}。`, paragraph(rng, lib, entry)];
  // Append [lines] unless that passes the 10 KB ceiling.
  const tryAdd = (more: string[]): boolean => {
    const grow = more.reduce((sum, l) => sum + bytes(l), 0);
    if (size + grow > MAX_ANSWER_BYTES) return false;
    lines.push(...more);
    size += grow;
    return true;
  };
  for (let section = 2, full = false; size < target && !full; section++) {
    full = !tryAdd([`${chineseNumeral(section)}、${entry.keyword}${rng.pick(bSections)}`, ...item(1)]);
    const items = rng.int(2, 6);
    for (let i = 2; i <= items && size < target && !full; i++) full = !tryAdd(item(i));
  }
  lines.push(closer);
  return lines;
}
