import { withBase } from './with-base.ts';

/** A site path under this build's base (import.meta.env.BASE_URL). */
export function url(path: string): string {
  return withBase(import.meta.env.BASE_URL, path);
}
