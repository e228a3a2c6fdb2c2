import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { measure } from '../../../scripts/search/index-site.ts';

const dir = mkdtempSync(join(tmpdir(), 'pagefind-measure-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('measure (the index size the build prints)', () => {
  it('counts files and bytes in nested folders, optionally a subset', () => {
    mkdirSync(join(dir, 'fragment'));
    writeFileSync(join(dir, 'pagefind.js'), 'x'.repeat(10));
    writeFileSync(join(dir, 'pagefind-component-ui.js'), 'x'.repeat(7));
    writeFileSync(join(dir, 'fragment', 'a.pf_fragment'), 'x'.repeat(5));
    expect(measure(dir)).toEqual({ files: 3, bytes: 22 });
    expect(measure(dir, (f) => f.startsWith('pagefind-component-ui.'))).toEqual({ files: 1, bytes: 7 });
  });
});
