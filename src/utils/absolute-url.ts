/** Absolute URL of a base-prefixed path on the configured `site` origin (canonical, og:url, JSON-LD @id). */
export function absoluteUrl(path: string, site: URL | string | undefined): string {
  return new URL(path, site ?? 'https://faq.example.cn').href;
}
