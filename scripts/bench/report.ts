import type { Scores } from './run/lighthouse.ts';

/** The JSON `--json` writes; key names fixed by issue 6. Extra keys give context. */
export interface BenchReport {
  pages: number;
  ingest_s: number | null;
  build_s: number | null;
  index_s: number | null;
  total_s: number | null;
  peak_rss_mb: number | null;
  baseline_total_s: number | null;
  ratio_vs_baseline: number | null;
  pages_per_s: number | null;
  dist_mb: number | null;
  faq_html_kb: number | null;
  index_mb: number | null;
  first_query_kb: number | null;
  second_query_kb: number | null;
  lighthouse: Record<string, Scores | { error: string }>;
  extra: Record<string, unknown>;
}

const fmt = (v: unknown, digits = 2): string =>
  v === null || v === undefined ? 'n/a' : typeof v === 'number' ? (Number.isFinite(v) ? v.toFixed(digits) : 'n/a') : String(v);

/** Fixed-width table for the terminal and for pasting into the README. */
export function formatTable(r: BenchReport): string {
  const rows: Array<[string, string]> = [
    ['pages', String(r.pages)],
    ['ingest_s', fmt(r.ingest_s)],
    ['reingest_s (unchanged seeds)', fmt(r.extra['reingest_s'])],
    ['build_s (astro build)', fmt(r.build_s)],
    ['index_s (pagefind, npm run index)', fmt(r.index_s)],
    ['total_s', fmt(r.total_s)],
    ['peak_rss_mb (process tree, max of stages)', fmt(r.peak_rss_mb, 0)],
    ['  build process tree rss_mb (node + pagefind)', fmt(r.extra['build_tree_rss_mb'], 0)],
    ['  ingest / build / index rss_mb', [r.extra['ingest_rss_mb'], r.extra['build_rss_mb'], r.extra['index_rss_mb']].map((v) => fmt(v, 0)).join(' / ')],
    ['baseline_total_s (astro+pagefind)', fmt(r.baseline_total_s)],
    ['  baseline build / index s', `${fmt(r.extra['baseline_build_s'])} / ${fmt(r.extra['baseline_index_s'])}`],
    ['  baseline build / index rss_mb', `${fmt(r.extra['baseline_build_rss_mb'], 0)} / ${fmt(r.extra['baseline_index_rss_mb'], 0)}`],
    ['ratio_vs_baseline', fmt(r.ratio_vs_baseline)],
    ['pages_per_s', fmt(r.pages_per_s, 1)],
    ['dist_mb', fmt(r.dist_mb)],
    ['faq_html_kb (mean / max)', `${fmt(r.faq_html_kb, 1)} / ${fmt(r.extra['faq_html_max_kb'], 1)}`],
    ['index_mb', fmt(r.index_mb)],
    [`first_query_kb (${fmt(r.extra['search_mode'])}; gzip)`, `${fmt(r.first_query_kb, 1)} (${fmt(r.extra['first_query_gzip_kb'], 1)})`],
    ['second_query_kb (gzip)', `${fmt(r.second_query_kb, 1)} (${fmt(r.extra['second_query_gzip_kb'], 1)})`],
  ];
  for (const [type, s] of Object.entries(r.lighthouse)) {
    const text =
      'error' in s
        ? `error: ${s.error.slice(0, 60)}`
        : `${s.performance} / ${s.accessibility} / ${s['best-practices']} / ${s.seo}${s.failing?.length ? `  (below 1: ${s.failing.join(', ')})` : ''}`;
    rows.push([`lighthouse ${type} (perf/a11y/bp/seo)`, text]);
  }
  const width = Math.max(...rows.map(([k]) => k.length));
  return rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`).join('\n');
}
