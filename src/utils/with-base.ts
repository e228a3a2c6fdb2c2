/**
 * Prefixes a site path ("faq/x/") with the deploy base ("/", "/legal", "/legal/").
 * Every internal link goes through here so a BASE=/legal build links inside /legal/.
 */
export function withBase(base: string, path: string): string {
  const head = base.endsWith('/') ? base : `${base}/`;
  return `${head}${path.replace(/^\/+/, '')}`;
}
