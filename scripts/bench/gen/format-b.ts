import { Converter } from 'opencc-js';
import type { CatalogEntry } from './catalog.ts';
import { afterAnswer, afterBio, bioLabel } from './chrome-b.ts';
import type { Rng } from './prng.ts';
import { schools, specialties } from './vocab-text.ts';

const toTraditional = Converter({ from: 'cn', to: 't' });

/**
 * Characters the scraped Traditional pages follow with their pinyin in
 * brackets (證據(jù), 機(jī)關(guān)): the source site's ruby annotations flattened
 * into text. Taken from the bundled seed 002.
 */
const pinyin: Record<string, string> = {
  關: 'guān', 機: 'jī', 權: 'quán', 護: 'hù', 產: 'chǎn', 協: 'xié', 經: 'jīng', 現: 'xiàn',
  業: 'yè', 據: 'jù', 務: 'wù', 費: 'fèi', 規: 'guī', 網: 'wǎng', 發: 'fā', 應: 'yīng',
  內: 'nèi', 養: 'yǎng', 聯: 'lián', 絡: 'luò', 濟: 'jì', 學: 'xué', 嚴: 'yán', 風: 'fēng',
  達: 'dá', 運: 'yùn', 續: 'xù', 監: 'jiān', 當: 'dāng', 獨: 'dú', 復: 'fù', 區: 'qū',
};
const annotated = new RegExp(`[${Object.keys(pinyin).join('')}]`, 'gu');

/** Simplified → Traditional, then the pinyin artifacts of the source site. */
export function hant(text: string): string {
  return toTraditional(text).replace(annotated, (ch) => `${ch}(${pinyin[ch] ?? ''})`);
}

/** One of ~50 bios; format B pages name no lawyer, only describe one. */
export function bioOf(lawyer: number): string {
  const school = schools[lawyer % schools.length] ?? '';
  const years = ['五', '八', '十', '十五'][lawyer % 4] ?? '十';
  const a = specialties[lawyer % specialties.length] ?? '';
  const b = specialties[(lawyer * 3 + 1) % specialties.length] ?? '';
  return `${school}法学专业毕业,近${years}年法律工作经验。熟悉${a}、${b}等案件实务,有较深的法律理论功底。`;
}

/**
 * Format B (bundled seed 002): Traditional script with pinyin artifacts, the
 * answer as `一、` headings and `(一)` items, site chrome, a bio, then related
 * titles each glued to the previous one's date (`2021-03-20離婚…`).
 */
export function renderFormatB(_rng: Rng, entry: CatalogEntry, lines: string[], catalog: readonly CatalogEntry[]): string {
  const related: string[] = [];
  let previousDate = '';
  for (const i of entry.related) {
    const other = catalog[i];
    if (!other) continue;
    related.push(`${previousDate}${hant(other.title)}`);
    previousDate = other.date;
  }
  related.push(previousDate);
  return [
    ...lines.map(hant),
    ...afterAnswer,
    bioLabel,
    hant(bioOf(entry.lawyer)),
    ...afterBio,
    ...related,
  ].join('\n');
}
