import { url } from './url.ts';

export function faqUrl(id: string): string {
  return url(`faq/${id}/`);
}
