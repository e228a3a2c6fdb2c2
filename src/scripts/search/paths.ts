/** This build's base path with one trailing slash: `/` or `/legal/`. */
export const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** Where Pagefind writes its bundle (scripts/search/index-site.ts). */
export const bundlePath = `${base}pagefind/`;

/** The shareable result-list URL for a query. */
export function searchPageUrl(query: string): string {
  return `${base}search/?q=${encodeURIComponent(query)}`;
}
