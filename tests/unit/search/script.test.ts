import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Converter } from 'opencc-js/t2cn';
import { describe, expect, it } from 'vitest';
import { TRADITIONAL_ONLY, hasTraditional } from '../../../src/utils/search-script.ts';

const toSimplified = Converter({ from: 'tw', to: 'cn' });
const seeds = join(import.meta.dirname, '..', '..', '..', 'content', 'seeds');
const seedText = (prefix: string): string => {
  const file = readdirSync(seeds).find((f) => f.startsWith(prefix));
  if (!file) throw new Error(`no seed ${prefix}`);
  return readFileSync(join(seeds, file), 'utf8');
};

describe('hasTraditional', () => {
  it('spots the Traditional query from the issue', () => {
    expect(hasTraditional('個人信息泄露怎麼報警')).toBe(true);
  });

  it('leaves Simplified queries alone, so they never load the converter', () => {
    for (const q of ['个人信息', '诈骗 报警', '网络平台泄露', '刑法第二百六十六条', '253条之一', '民法典1034']) {
      expect(hasTraditional(q)).toBe(false);
    }
  });

  it('finds no Traditional-only character in the Simplified seed pages', () => {
    for (const prefix of ['000_', '001_', '003_', '004_']) {
      const hits = [...seedText(prefix)].filter((ch) => TRADITIONAL_ONLY.has(ch));
      expect(hits, prefix).toEqual([]);
    }
  });

  it('recognises the Traditional seed page 002', () => {
    expect(hasTraditional(seedText('002_'))).toBe(true);
  });

  it('lists only characters that OpenCC converts to something else', () => {
    const unchanged = [...TRADITIONAL_ONLY].filter((ch) => toSimplified(ch) === ch);
    expect(unchanged).toEqual([]);
  });
});
