/**
 * Pinyin annotations left behind by a Traditional-conversion plug-in on the
 * source site: `證據(jù)`, `機(jī)關(guān)`. Only a tone-marked syllable right after a
 * CJK character is an artifact, so ordinary brackets like `(一)` or `(a)` stay.
 */
const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü';
const ARTIFACT = new RegExp(`(?<=[\\u3400-\\u9fff])\\((?=[a-z${TONED}]*[${TONED}])[a-z${TONED}]{1,7}\\)`, 'g');

/**
 * A known unrecoverable sequence: a character and its annotation were mangled
 * into `?qū)I(yè)` (was 專業). Nothing reliable can be rebuilt from it.
 */
const MOJIBAKE = new RegExp(`\\?[a-z${TONED}]{1,7}\\)[A-Za-z]?(?:\\([a-z${TONED}]{1,7}\\))?`, 'g');

export function stripArtifacts(text: string): string {
  return text.includes('(') ? text.replace(ARTIFACT, '') : text;
}

/** Removes mojibake; returns what was removed so it can be reported. */
export function dropMojibake(text: string): { text: string; found: string[] } {
  if (!text.includes('?')) return { text, found: [] };
  const found = text.match(MOJIBAKE) ?? [];
  return { text: found.length ? text.replace(MOJIBAKE, '') : text, found };
}
