/**
 * At most `max` characters of `text`, cut after the last full sentence (。！？)
 * that fits when there is one in the second half, and marked with `…` when cut.
 */
export function excerpt(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max);
  const end = Math.max(head.lastIndexOf('。'), head.lastIndexOf('！'), head.lastIndexOf('？'));
  return `${end >= max / 2 ? head.slice(0, end + 1) : head}…`;
}
