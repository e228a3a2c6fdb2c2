import type { Layout } from './types.ts';
import { formatA } from './format-a.ts';
import { formatB } from './format-b.ts';
import { hualv } from './hualv.ts';
import { lawtime } from './lawtime.ts';
import { lvtu } from './lvtu.ts';
import { tradPrc } from './trad-prc.ts';

/**
 * Every layout the ingest knows, tried in this order; the first whose
 * `detect` says yes parses the file. Adding a layout = one module + one entry.
 */
export const layouts: Layout[] = [formatA, formatB, hualv, lawtime, lvtu, tradPrc];

export function pickLayout(lines: readonly string[]): Layout | undefined {
  return layouts.find((layout) => layout.detect(lines));
}
