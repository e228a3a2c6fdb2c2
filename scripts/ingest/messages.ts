import type { VFile } from 'vfile';

/** Problems are vfile messages pointing at a seed line; a fatal one skips the file. */
export function warn(file: VFile, reason: string, line?: number): void {
  file.message(reason, line ? { place: { line, column: 1 } } : undefined);
}

export function fail(file: VFile, reason: string, line?: number): void {
  const m = file.message(reason, line ? { place: { line, column: 1 } } : undefined);
  m.fatal = true;
}

export function hasErrors(file: VFile): boolean {
  return file.messages.some((m) => m.fatal === true);
}
