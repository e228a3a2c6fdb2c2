/**
 * Where quoted article text starts, right after the citation:
 * `…第二百六十六条规定,诈骗…` / `规定:` / `规定：`, the lawtime style
 * `第二百六十六条 诈骗…`, and `第二百六十六條,詐騙…`. `规定了…` is not a quote.
 */
const START = /^(?:规定|規定)?[,，:：]\s*|^[ \u3000]+(?=\S)/;

/**
 * Sentences that are the lawyer talking again, not the statute. Statutes use
 * `但是，` for provisos, so only a `但` not followed by `是，` counts.
 */
const LAWYER_VOICE =
  /^(通过|这意味着|这|总之|因此|所以|但(?!是[,，])|我们|您|你|在[^,，。]{1,12}(中|时)[,，]|如果|一旦|同时|此外|另外|比如|例如|首先|其次|再者|最后|接着|可见|由此|综上|也就是说|简单来说|换句话说|结论|另见|参见|详见|请见)|我们|您/;

export interface QuoteResult {
  quote: string;
  /** False when the quote may run on into the lawyer's own words. */
  clear: boolean;
  /** The text right after the quote, for the report. */
  stoppedAt?: string;
}

/**
 * The quoted article text after a citation ending at `from`, sentence by
 * sentence, up to the end of the paragraph, the next 《…》, or the first
 * sentence in the lawyer's voice. A quote of several sentences cut by that
 * last rule is reported as unclear: the evidence for where it ends is weak.
 */
export function extractQuote(text: string, from: number): QuoteResult | undefined {
  const rest = text.slice(from);
  const start = START.exec(rest);
  if (!start) return undefined;
  let body = rest.slice(start[0].length);
  const nextLaw = body.indexOf('《');
  if (nextLaw >= 0) body = body.slice(0, nextLaw);
  const sentences = body.match(/[^。！？!?]+[。！？!?]?/g) ?? [];
  const kept: string[] = [];
  let stoppedAt: string | undefined;
  for (const s of sentences) {
    if (kept.length > 0 && LAWYER_VOICE.test(s.trim())) {
      stoppedAt = s.trim().slice(0, 12);
      break;
    }
    kept.push(s);
  }
  const quote = kept.join('').trim();
  if (!quote || quote.length < 4) return undefined;
  return { quote, clear: stoppedAt === undefined || kept.length === 1, ...(stoppedAt ? { stoppedAt } : {}) };
}
