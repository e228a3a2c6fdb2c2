import type { Block, Line } from './types.ts';

/** `一、…` to `十九、…`: a numbered section heading. */
export const HEADING = /^[一二三四五六七八九十]{1,3}、\S/;
/** `(一)…` / `（一）…`: an item of a numbered list. */
export const ITEM = /^[(（]([一二三四五六七八九十]{1,3})[)）]\s*/;
/** A closing paragraph ends a list instead of joining its last item. */
const SUMMARY = /^(总之|總之|综上|綜上|总而言之|總而言之|[对對][于於].{0,40}[这這]一[问問][题題])/;

/**
 * Turns answer lines into blocks: headings, `(一)` lists with the paragraphs
 * under each item, and plain paragraphs. Blank lines only separate.
 */
export function toBlocks(lines: readonly Line[]): Block[] {
  const blocks: Block[] = [];
  let list: Extract<Block, { kind: 'list' }> | undefined;
  for (const { text, line } of lines) {
    const t = text.trim();
    if (t === '') continue;
    if (HEADING.test(t) && t.length <= 60) {
      list = undefined;
      blocks.push({ kind: 'heading', text: t, line });
    } else if (ITEM.test(t)) {
      if (!list) {
        list = { kind: 'list', ordered: true, items: [] };
        blocks.push(list);
      }
      list.items.push({ text: t.replace(ITEM, ''), line, body: [] });
    } else if (list && !SUMMARY.test(t)) {
      list.items[list.items.length - 1]!.body.push({ text: t, line });
    } else {
      list = undefined;
      blocks.push({ kind: 'paragraph', text: t, line });
    }
  }
  return blocks;
}
