/**
 * Personal data askers type into questions. A site about personal-information
 * leaks must not leak any, so the patterns err on the side of hiding.
 * Order matters: e-mail and 18-digit ID numbers before the looser digit runs.
 */
export const REDACTED = '【已隐去】';

export type RedactionKind = 'email' | 'idNumber' | 'bankCard' | 'mobile';
export type RedactionCounts = Partial<Record<RedactionKind, number>>;

const RULES: Array<[RedactionKind, RegExp]> = [
  ['email', /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g],
  // GB 11643: 6-digit area, 8-digit birth date, 3-digit sequence, check digit.
  ['idNumber', /(?<![0-9A-Za-z])[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![0-9A-Za-z])/g],
  // Mainland mobile numbers: 1[3-9] + 9 digits, optionally +86 and spaced 3-4-4.
  ['mobile', /(?<!\d)(?:\+?86[-\s]?)?1[3-9]\d[-\s]?\d{4}[-\s]?\d{4}(?!\d)/g],
  // Bank cards: 16-19 digits, often written in groups of four with a short
  // last group (6222 0212 3456 7890 123): the whole run goes, last group too.
  ['bankCard', /(?<!\d)\d{4}(?:[-\s]?\d{4}){3}(?:[-\s]?\d{1,3})?(?!\d)/g],
];

export function redact(text: string, counts: RedactionCounts): string {
  if (!/\d|@/.test(text)) return text;
  let out = text;
  for (const [kind, re] of RULES) {
    out = out.replace(re, () => {
      counts[kind] = (counts[kind] ?? 0) + 1;
      return REDACTED;
    });
  }
  return out;
}
