import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { SiteIndex } from './site-index-types.ts';

/**
 * Writes `build-report.json` beside the output folder (dist/../build-report.json,
 * or BUILD_REPORT): articles whose quoted text differs between answers, with the
 * FAQ ids quoting each wording, so an editor can check them against the official
 * text. Each conflict is also printed as a build warning.
 */
export function writeBuildReport(index: SiteIndex): void {
  const outDir = resolve(process.env['OUT_DIR'] ?? 'dist');
  const file = resolve(process.env['BUILD_REPORT'] ?? join(dirname(outDir), 'build-report.json'));
  const report = {
    quoteConflicts: index.conflicts.map((c) => ({
      law: c.law,
      article: c.article,
      kind: c.kind,
      quotes: c.quotes.map((q) => ({ text: q.text, faqIds: q.faqIds })),
    })),
    noindexTopics: index.topics.filter((t) => !t.indexable).map((t) => t.slug),
  };
  // One line per article for a handful, a summary for thousands of pages.
  for (const c of report.quoteConflicts.slice(0, 5)) {
    const ids = c.quotes.map((q) => q.faqIds.join(',')).join(' | ');
    const what = c.kind === 'conflict' ? 'quoted in wordings that disagree' : 'quoted at different lengths';
    console.warn(`[build-report] /laws/${c.law}/${c.article}/ is ${what} (${c.quotes.length} wordings): ${ids}`);
  }
  if (report.quoteConflicts.length > 0) {
    const disagree = report.quoteConflicts.filter((c) => c.kind === 'conflict').length;
    console.warn(
      `[build-report] ${report.quoteConflicts.length} articles quoted differently (${disagree} disagree, ${report.quoteConflicts.length - disagree} excerpts): ${file}`,
    );
  }
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
}
