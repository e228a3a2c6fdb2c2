import chromium from '@sparticuz/chromium';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { serve } from '../../../tests/e2e/helpers/serve.ts';

export interface Scores {
  performance: number;
  accessibility: number;
  'best-practices': number;
  seo: number;
  /** Audits scoring below 1 in these categories: what keeps a score under 100. */
  failing?: string[];
}

const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/**
 * Lighthouse's four category scores (0–100, default mobile config) for one
 * page per type, in the same Chromium the e2e tests use.
 * Node API: https://github.com/GoogleChrome/lighthouse/blob/main/docs/readme.md#using-programmatically
 */
export async function runLighthouse(dist: string, base: string, paths: Record<string, string>): Promise<Record<string, Scores | { error: string }>> {
  const server = await serve(dist, base);
  const chromePath = process.env['CHROME_PATH'] ?? (await chromium.executablePath());
  // --single-process (in chromium.args) breaks Lighthouse's tab handling: use plain headless flags.
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-zygote', '--disable-dev-shm-usage'],
  });
  const out: Record<string, Scores | { error: string }> = {};
  try {
    for (const [type, path] of Object.entries(paths)) {
      try {
        const result = await lighthouse(`${server.url}${path}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: [...categories],
        });
        const cats = result?.lhr.categories;
        if (!cats) throw new Error('no result');
        const runtimeError = result.lhr.runtimeError?.message;
        if (runtimeError) throw new Error(runtimeError);
        const score = (id: string) => Math.round((cats[id]?.score ?? 0) * 100);
        const failing = categories.flatMap((c) =>
          (cats[c]?.auditRefs ?? [])
            .filter((ref) => ref.weight > 0 && (result.lhr.audits[ref.id]?.score ?? 1) < 1)
            .map((ref) => `${c}:${ref.id}`),
        );
        out[type] = { performance: score('performance'), accessibility: score('accessibility'), 'best-practices': score('best-practices'), seo: score('seo'), failing };
      } catch (error) {
        out[type] = { error: error instanceof Error ? error.message : String(error) };
      }
    }
  } finally {
    chrome.kill();
    await server.close();
  }
  return out;
}
