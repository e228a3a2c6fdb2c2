import { htmlToText } from './html-to-text.ts';

/**
 * The text of each answer in a rendered FAQ body, in order: what is inside
 * each answer's `<div class="prose">` (src/components/Answer.astro), which
 * holds paragraphs, headings and lists only.
 */
export function answerTexts(html: string): string[] {
  return [...html.matchAll(/<div class="prose"[^>]*>([\s\S]*?)<\/div>/g)].map((m) => htmlToText(m[1] ?? ''));
}
