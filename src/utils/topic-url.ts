import { url } from './url.ts';

export function topicUrl(slug: string): string {
  return url(`topics/${slug}/`);
}
