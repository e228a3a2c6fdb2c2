import { createHash } from 'node:crypto';

/** The content hash of a seed: `source.hash` and the unchanged-seed check. */
export function hashBytes(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
