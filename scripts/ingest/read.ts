import iconv from 'iconv-lite';

/** Scraped pages are a few KB; anything bigger is not a Q&A page. */
export const MAX_BYTES = 1024 * 1024;

export type ReadResult =
  | { ok: true; text: string; encoding: 'utf-8' | 'gb18030' }
  | { ok: false; reason: string };

/**
 * Bytes → text with LF line endings and no BOM.
 * Chinese scrapes are often GBK; GB18030 is its superset, so one decoder covers
 * both (https://en.wikipedia.org/wiki/GB_18030).
 */
export function decode(bytes: Uint8Array): ReadResult {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  if (bytes.length > MAX_BYTES) {
    return { ok: false, reason: `file is ${bytes.length} bytes, over the 1 MB limit for one Q&A page` };
  }
  if (looksBinary(bytes)) return { ok: false, reason: 'binary file (NUL or control bytes), not text' };
  let text: string;
  let encoding: 'utf-8' | 'gb18030' = 'utf-8';
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const gb = iconv.decode(Buffer.from(bytes), 'gb18030');
    if (gb.includes('\uFFFD') || !/[\u4e00-\u9fff]/.test(gb)) {
      return { ok: false, reason: 'not valid UTF-8, and not GBK/GB18030 Chinese text either' };
    }
    text = gb;
    encoding = 'gb18030';
  }
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (text.trim() === '') return { ok: false, reason: 'file has only whitespace' };
  return { ok: true, text, encoding };
}

/** NUL anywhere, or many C0 control bytes other than tab/LF/CR/FF. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x20 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  return control > 8 || control / n > 0.01;
}
