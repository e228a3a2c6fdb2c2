import { mulberry32, type Rng } from './prng.ts';
import type { BenchTopic } from './vocab-topics.ts';
import { actors, cities, events, lawyerNames, questionClosers, questionMiddles, questionOpeners, suffixes } from './vocab-text.ts';

/** Everything about one synthetic page that other pages refer to. */
export interface CatalogEntry {
  index: number;
  file: string;
  format: 'A' | 'B';
  topic: number;
  keyword: string;
  title: string;
  question: string;
  lawyer: number;
  /** Indices of the pages listed under 相关问题: other generated pages. */
  related: number[];
  /** Publication date, `YYYY-MM-DD`. */
  date: string;
}

/** Share of format B (Traditional, no asker text) pages, as in the bundled seeds (1 of 5). */
export const FORMAT_B_SHARE = 0.2;
export const RELATED_COUNT = 20;

export function fill(template: string, kw: string, title: string): string {
  return template.replaceAll('{kw}', kw).replaceAll('{t}', title.replace(/\?$/, ''));
}

function hex16(rng: Rng): string {
  const word = () => Math.floor(rng.next() * 0x100000000).toString(16).padStart(8, '0');
  return word() + word();
}

function dateOf(rng: Rng): string {
  const y = rng.int(2019, 2024);
  const m = rng.int(1, 12);
  const d = rng.int(1, 28);
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function uniqueTitle(rng: Rng, kw: string, taken: Set<string>): string {
  for (;;) {
    const title = `${rng.pick(cities)}${rng.pick(actors)}${kw}${rng.pick(events)}${rng.pick(suffixes)}`;
    if (!taken.has(title)) {
      taken.add(title);
      return title;
    }
  }
}

function question(rng: Rng, kw: string, title: string): string {
  const parts = [rng.pick(questionOpeners), rng.pick(questionMiddles)];
  if (rng.chance(0.5)) parts.push(rng.pick(questionMiddles));
  parts.push(rng.pick(questionClosers));
  return fill(parts.join(''), kw, title);
}

/**
 * Titles, questions and the related-question graph for all N pages, built
 * once (O(N)) so each page's body can then be written independently.
 */
export function buildCatalog(pages: number, topics: readonly BenchTopic[], seed: number): CatalogEntry[] {
  const rng = mulberry32(seed);
  const width = Math.max(3, String(pages - 1).length);
  const taken = new Set<string>();
  const byTopic: number[][] = topics.map(() => []);
  const entries: CatalogEntry[] = [];
  for (let index = 0; index < pages; index++) {
    const topic = rng.int(0, topics.length - 1);
    const keyword = rng.pick(topics[topic]?.keywords ?? ['法律']);
    const title = uniqueTitle(rng, keyword, taken);
    entries.push({
      index,
      file: `${String(index).padStart(width, '0')}_${hex16(rng)}.txt`,
      format: rng.chance(FORMAT_B_SHARE) ? 'B' : 'A',
      topic,
      keyword,
      title,
      question: question(rng, keyword, title),
      lawyer: rng.int(0, lawyerNames.length - 1),
      related: [],
      date: dateOf(rng),
    });
    byTopic[topic]?.push(index);
  }
  for (const entry of entries) {
    // Half from the same topic (what a "same topic" list shows), half from anywhere.
    const pool = byTopic[entry.topic] ?? [];
    const chosen = new Set<number>();
    const want = Math.min(RELATED_COUNT, pages - 1);
    for (let tries = 0; chosen.size < want / 2 && tries < RELATED_COUNT * 4; tries++) {
      const other = rng.pick(pool);
      if (other !== entry.index) chosen.add(other);
    }
    while (chosen.size < want) {
      const other = rng.int(0, pages - 1);
      if (other !== entry.index) chosen.add(other);
    }
    entry.related = [...chosen];
  }
  return entries;
}
