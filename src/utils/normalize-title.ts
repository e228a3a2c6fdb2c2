/**
 * Key for matching a related-question title to an answered FAQ: titles in
 * related lists differ only in spacing and trailing ?/? from page titles.
 */
export function normalizeTitle(title: string): string {
  return title.replace(/\s+/g, '').replace(/[??。!!]+$/u, '');
}
