import type { VFile } from 'vfile';
import type { Citation } from '../../../src/schemas/citation.ts';
import type { Law } from '../../../src/schemas/law.ts';
import { parseNumeral } from '../../../src/utils/parse-numeral.ts';
import { NUMBER } from './numerals.ts';
import { looksLikeLaw, unknownLawSlug, type LawIndex } from './laws.ts';
import { extractQuote } from './quote.ts';
import { warn } from '../messages.ts';

/** A citation and the characters of the text it was written as. */
export interface CiteSpan {
  start: number;
  end: number;
  citation: Citation;
}

const ARTICLE = `(本法)?第(${NUMBER})[条條](?:之(${NUMBER}))?(?:第(${NUMBER})款)?(?:第(${NUMBER})[项項])?`;
const TOKEN = new RegExp(`《([^《》\\n]{1,60})》|${ARTICLE}`, 'g');
const ARTICLE_AFTER_LAW = new RegExp(`\\s*${ARTICLE}`, 'y');

interface CitedLaw {
  law: string;
  lawSlug: string;
}

/**
 * Returns an extractor for one answer: it remembers the last law named, so
 * `本法第四十四条` and a bare `第二十五条规定` after `《劳动合同法》…` take it,
 * and so do the later members of `第二十二条和第二十三条`.
 */
export function answerExtractor(laws: LawIndex, file: VFile): (text: string, line: number) => CiteSpan[] {
  let context: CitedLaw | undefined;
  const resolve = (name: string, line: number): CitedLaw | undefined => {
    const known: Law | undefined = laws.find(name);
    if (known) return { law: known.name, lawSlug: known.slug };
    if (!looksLikeLaw(name)) return undefined;
    const lawSlug = unknownLawSlug(name);
    warn(file, `unknown law 《${name}》: slug "${lawSlug}" made from its name; add it to content/laws.yaml`, line);
    return { law: name.trim(), lawSlug };
  };
  return (text, line) => {
    const spans: CiteSpan[] = [];
    TOKEN.lastIndex = 0;
    for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
      const start = m.index;
      let end = m.index + m[0].length;
      let numbers: Array<string | undefined>;
      if (m[1] !== undefined) {
        const law = resolve(m[1], line);
        if (!law) continue;
        context = law;
        ARTICLE_AFTER_LAW.lastIndex = end;
        const art = ARTICLE_AFTER_LAW.exec(text);
        // `《X法》本法第…` is not one citation; a law with no article is cited as a whole.
        if (!art || art[1]) {
          spans.push({ start, end, citation: { ...law } });
          continue;
        }
        end = ARTICLE_AFTER_LAW.lastIndex;
        TOKEN.lastIndex = end;
        numbers = art.slice(2, 6);
      } else {
        if (!context) continue;
        numbers = m.slice(3, 7);
      }
      const [articleText, suffixText, paraText, itemText] = numbers;
      const article = parseNumeral(articleText ?? '');
      if (article === undefined) continue;
      const citation: Citation = { ...context, article };
      const suffix = suffixText ? parseNumeral(suffixText) : undefined;
      const paragraph = paraText ? parseNumeral(paraText) : undefined;
      const item = itemText ? parseNumeral(itemText) : undefined;
      if (suffix) citation.suffix = suffix;
      if (paragraph) citation.paragraph = paragraph;
      if (item) citation.item = item;
      const q = extractQuote(text, end);
      if (q) {
        citation.quote = q.quote;
        if (!q.clear) {
          warn(file, `quote of 《${citation.law}》第${article}条 may run into the lawyer's words (cut before "${q.stoppedAt}"); check it`, line);
        }
      }
      spans.push({ start, end, citation });
    }
    return spans;
  };
}
