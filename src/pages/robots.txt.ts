import type { APIRoute } from 'astro';
import { absoluteUrl } from '../utils/absolute-url.ts';
import { url } from '../utils/url.ts';

/**
 * robots.txt as a route so the sitemap line is absolute and carries the base
 * (https://www.sitemaps.org/protocol.html#submit_robots). Under a base path a
 * crawler only reads /robots.txt at the origin root: copy this file there.
 */
export const GET: APIRoute = ({ site }) => {
  const body = ['User-agent: *', 'Allow: /', `Disallow: ${url('search/')}`, '', `Sitemap: ${absoluteUrl(url('sitemap-index.xml'), site)}`, ''];
  return new Response(body.join('\n'), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
