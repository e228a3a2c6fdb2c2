import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every HTML page of a dist as its URL path under the base ("faq/x/", "" for home). */
export function htmlPages(dist: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.html')) out.push(relative(dist, p).split(sep).join('/'));
    }
  };
  walk(dist);
  return out.map((f) => f.replace(/(^|\/)index\.html$/, '$1')).sort();
}

/** The HTML of the page at a base-relative path ("faq/x/" or "404.html"). */
export function readPage(dist: string, path: string): string {
  const file = path === '' || path.endsWith('/') ? join(dist, path, 'index.html') : join(dist, path);
  return readFileSync(file, 'utf8');
}

/** True when a static host would serve a file for this path (not a bare folder). */
export function pageExists(dist: string, path: string): boolean {
  const file = path === '' || path.endsWith('/') ? join(dist, path, 'index.html') : join(dist, path);
  return existsSync(file) && statSync(file).isFile();
}

/** Values of one attribute on every element that has it (href, src, action…). */
export function attrValues(html: string, attr: string): string[] {
  const re = new RegExp(`\\s${attr}="([^"]*)"`, 'g');
  return [...html.matchAll(re)].map((m) => decodeEntities(m[1] ?? ''));
}

/** Parsed JSON-LD blocks of a page; throws when one does not parse. */
export function jsonLdBlocks(html: string): Array<Record<string, unknown>> {
  const re = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/g;
  return [...html.matchAll(re)].map((m) => JSON.parse(m[1] ?? '') as Record<string, unknown>);
}

export function decodeEntities(s: string): string {
  return s
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Text of the first element matching a simple tag/attribute pattern. */
export function firstMatch(html: string, re: RegExp): string | undefined {
  return re.exec(html)?.[1];
}

/** Every attribute of every real tag (text `<` is escaped, so only markup matches). */
export function tagAttributes(html: string): Array<{ tag: string; name: string; value: string }> {
  const out: Array<{ tag: string; name: string; value: string }> = [];
  for (const t of html.matchAll(/<([a-z][a-z0-9-]*)\b((?:[^>"']|"[^"]*"|'[^']*')*)>/gi)) {
    for (const a of (t[2] ?? '').matchAll(/([^\s=/]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g)) {
      const value = (a[2] ?? '').replace(/^["']|["']$/g, '');
      out.push({ tag: t[1]!.toLowerCase(), name: a[1]!.toLowerCase(), value: decodeEntities(value) });
    }
  }
  return out;
}

/** Real <script> elements (not `<script>` inside an attribute value), with their attributes and body. */
export function scriptElements(html: string): Array<{ attrs: string; body: string }> {
  const out: Array<{ attrs: string; body: string }> = [];
  const tag = /<([a-z][a-z0-9-]*)\b((?:[^>"']|"[^"]*"|'[^']*')*)>/gi;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    if (m[1]!.toLowerCase() !== 'script') continue;
    const end = html.indexOf('</script>', tag.lastIndex);
    out.push({ attrs: m[2] ?? '', body: html.slice(tag.lastIndex, end) });
    tag.lastIndex = end;
  }
  return out;
}
