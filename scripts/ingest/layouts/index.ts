import type { Layout } from './types.ts';
import { formatA } from './format-a.ts';
import { formatB } from './format-b.ts';

/**
 * Every layout the ingest knows, tried in this order; the first whose
 * `detect` says yes parses the file. Adding a layout = one module + one entry.
 */
export const layouts: Layout[] = [formatA, formatB];

export function pickLayout(lines: readonly string[]): Layout | undefined {
  return layouts.find((layout) => layout.detect(lines));
}
