import chromium from '@sparticuz/chromium';
import { chromium as playwright, type Browser } from 'playwright-core';

/**
 * A headless Chromium that needs no download step: CHROME_PATH when set,
 * else the binary shipped inside the @sparticuz/chromium npm package.
 */
export async function launchBrowser(): Promise<Browser> {
  const fromEnv = process.env['CHROME_PATH'];
  const executablePath = fromEnv ?? (await chromium.executablePath());
  const args = fromEnv
    ? ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run']
    : chromium.args;
  return playwright.launch({ executablePath, args, headless: true });
}
