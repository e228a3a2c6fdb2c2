import { describe, expect, it } from 'vitest';
import type { Citation } from '../../../src/schemas/citation.ts';
import { citationTerms } from '../../../src/utils/search-terms.ts';

const short = (c: Citation) => c.law.replace(/^中华人民共和国/, '');
const cite = (law: string, lawSlug: string, article?: number, suffix?: number): Citation => ({
  law,
  lawSlug,
  ...(article === undefined ? {} : { article }),
  ...(suffix === undefined ? {} : { suffix }),
});

describe('citationTerms', () => {
  it('names each cited article once, in Arabic numerals, in first-seen order', () => {
    const terms = citationTerms(
      [
        cite('中华人民共和国刑法', 'xingfa', 253, 1),
        cite('中华人民共和国刑法', 'xingfa', 266),
        cite('中华人民共和国民法典', 'minfadian', 1034),
        { ...cite('中华人民共和国刑法', 'xingfa', 266), paragraph: 2 },
      ],
      short,
    );
    expect(terms).toEqual(['刑法第253条之一', '刑法第266条', '民法典第1034条']);
  });

  it('leaves out whole-law citations, which have no article number', () => {
    expect(citationTerms([cite('中华人民共和国个人信息保护法', 'gerenxinxibaohufa')], short)).toEqual([]);
  });
});
