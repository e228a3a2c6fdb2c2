import { basename } from 'node:path';
import { pinyinSlug } from './citations/laws.ts';

/**
 * `000_64ac526aea67fa8c.txt` → `64ac526aea67fa8c`: the hex id is the URL slug
 * and never changes when the content does. Other names get a stable slug
 * from the name itself (pinyin for Chinese, lowercase, dashes).
 */
export function fileId(path: string): string {
  const name = basename(path).replace(/\.txt$/i, '');
  const hex = /(?:^|[_-])([0-9a-f]{8,})$/i.exec(name);
  if (hex) return hex[1]!.toLowerCase();
  const slug = name
    .split(/([\u3400-\u9fff]+)/)
    .map((part) => (/[\u3400-\u9fff]/.test(part) ? `-${pinyinSlug(part)}-` : part))
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'page';
}
