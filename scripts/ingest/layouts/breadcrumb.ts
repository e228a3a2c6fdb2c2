import type { VFile } from 'vfile';
import { warn } from '../messages.ts';

/**
 * Steps every site's breadcrumb starts with: navigation, not a legal
 * category, so they never feed topic classification. Both scripts, since
 * breadcrumbs are read before the Traditional → Simplified conversion.
 */
const SITE_SECTIONS = new Set([
  '首页', '首頁', '优质咨询', '優質諮詢', '法律咨询', '法律諮詢', '咨询', '諮詢', '问答', '問答',
]);

/** `我的位置:首页 > 劳动纠纷 > 违约金` → `['劳动纠纷', '违约金']`. */
export function breadcrumbCategories(text: string): string[] {
  return text
    .replace(/^(?:我的)?位置[:：]\s*/, '')
    .split(/\s*[>＞›]\s*/)
    .map((c) => c.trim())
    .filter((c) => c !== '' && !SITE_SECTIONS.has(c));
}

/**
 * An optional breadcrumb on the first non-blank line. Returns its categories
 * and the index of the first non-blank line after the page head; warns with
 * `missing` (when given) where the page has none.
 */
export function leadingBreadcrumb(
  texts: readonly string[],
  crumb: RegExp,
  file: VFile,
  missing?: string,
): { categories: string[]; next: number } {
  const first = texts.findIndex((t) => t !== '');
  if (first >= 0 && crumb.test(texts[first]!)) {
    return { categories: breadcrumbCategories(texts[first]!), next: texts.findIndex((t, k) => k > first && t !== '') };
  }
  if (missing) warn(file, missing, first + 1);
  return { categories: [], next: first };
}
