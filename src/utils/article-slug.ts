/** URL segment of one article: 266, or 253-1 for 第二百五十三条之一. */
export function articleSlug(article: number, suffix?: number): string {
  return suffix ? `${article}-${suffix}` : String(article);
}
