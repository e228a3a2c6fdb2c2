/**
 * The first `n` non-blank lines, trimmed: what a layout's `detect` looks at.
 * Stops as soon as it has them, since every layout's detect runs on every file.
 */
export function firstTexts(lines: readonly string[], n: number): string[] {
  const out: string[] = [];
  for (const line of lines) {
    if (out.length === n) break;
    const t = line.trim();
    if (t !== '') out.push(t);
  }
  return out;
}
