import type { CatalogEntry } from './catalog.ts';
import type { Rng } from './prng.ts';
import { lawyerNames } from './vocab-text.ts';

/** helpedCount per lawyer, stable across pages like a real profile. */
export function helpedCount(lawyer: number): number {
  return 100 + ((lawyer * 7919) % 1900);
}

/**
 * Format A (bundled seeds 000/001/003/004): title, asker's question, lawyer
 * byline, answer paragraphs (usually two blank lines apart, sometimes one
 * run-on paragraph), then 相关问题 with 20 title/question pairs. No final newline.
 */
export function renderFormatA(rng: Rng, entry: CatalogEntry, paragraphs: string[], catalog: readonly CatalogEntry[]): string {
  const name = lawyerNames[entry.lawyer] ?? lawyerNames[0];
  const body = rng.chance(0.2) ? paragraphs.join('') : paragraphs.join('\n\n\n');
  const related = entry.related.flatMap((i) => {
    const other = catalog[i];
    return other ? [other.title, other.question] : [];
  });
  return [
    entry.title,
    '',
    entry.question,
    `${name}执业律师`,
    `已帮助 ${helpedCount(entry.lawyer)} 人解决法律问题`,
    '',
    body,
    '',
    '相关问题',
    '',
    `为您推荐${entry.related.length}个最新问题`,
    '',
    related.join('\n\n'),
  ].join('\n');
}
