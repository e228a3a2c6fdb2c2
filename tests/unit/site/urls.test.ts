import { describe, expect, it } from 'vitest';
import { absoluteUrl } from '../../../src/utils/absolute-url.ts';
import { jsonLd } from '../../../src/utils/json-ld.ts';
import { withBase } from '../../../src/utils/with-base.ts';

describe('withBase', () => {
  it('puts site paths under the deploy base, with or without its slash', () => {
    expect(withBase('/', 'faq/a/')).toBe('/faq/a/');
    expect(withBase('/legal', 'faq/a/')).toBe('/legal/faq/a/');
    expect(withBase('/legal/', '/laws/xingfa/266/')).toBe('/legal/laws/xingfa/266/');
    expect(withBase('/legal', '')).toBe('/legal/');
  });

  it('makes absolute canonical URLs on the site origin', () => {
    expect(absoluteUrl('/legal/faq/a/', 'https://faq.example.cn')).toBe('https://faq.example.cn/legal/faq/a/');
  });
});

describe('jsonLd', () => {
  it('cannot be closed by seed text yet parses back to the same data', () => {
    const data = { name: '</script><script>alert(1)</script> & \u2028' };
    const out = jsonLd(data);
    expect(out).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(out)).toEqual(data);
  });
});
