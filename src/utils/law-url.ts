import { url } from './url.ts';

/** /laws/<law>/ or, with an article slug, /laws/<law>/<article>/. */
export function lawUrl(law: string, article?: string): string {
  return url(article ? `laws/${law}/${article}/` : `laws/${law}/`);
}
