import { describe, expect, it } from 'vitest';
import { articleLabel } from '../../../scripts/bench/gen/numerals.ts';

describe('article numerals in generated citations', () => {
  it('labels articles the way answers cite them, inserted ones with 之N', () => {
    expect(articleLabel(266)).toBe('第二百六十六条');
    expect(articleLabel(1034)).toBe('第一千零三十四条');
    expect(articleLabel(253, 1)).toBe('第二百五十三条之一');
    expect(articleLabel(42)).toBe('第四十二条');
  });
});
