import { describe, expect, it } from 'vitest';
import { builds, distOf } from './helpers/builds.ts';
import { htmlPages, readPage } from './helpers/site-files.ts';

/** The footer of a built page, from <footer to </footer>. */
function footer(html: string): string {
  return html.slice(html.indexOf('<footer'), html.indexOf('</footer>'));
}

describe('ICP filing number (ICP备案号)', () => {
  it('is in every footer, linked to the MIIT filing system, when ICP is set', () => {
    const icp = builds.legal.env.ICP;
    const pages = htmlPages(distOf('legal'));
    expect(pages.length).toBeGreaterThan(20);
    for (const p of pages) {
      expect(footer(readPage(distOf('legal'), p)), p).toMatch(
        new RegExp(`<a href="https://beian\\.miit\\.gov\\.cn/"[^>]*>${icp}</a>`),
      );
    }
  });

  it('is left out when ICP is not set', () => {
    for (const p of htmlPages(distOf('seeds'))) {
      expect(readPage(distOf('seeds'), p), p).not.toContain('beian.miit.gov.cn');
    }
  });
});
