import { url } from './url.ts';

export function lawyerUrl(slug: string): string {
  return url(`lawyers/${slug}/`);
}
