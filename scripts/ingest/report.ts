import type { VFile } from 'vfile';
import type { RedactionCounts } from './normalize/redact.ts';

export interface FileReport {
  file: string;
  id: string;
  status: 'ok' | 'warning' | 'error';
  messages: Array<{ line?: number; message: string }>;
  redactions?: RedactionCounts;
  encoding?: string;
}

export interface Report {
  files: FileReport[];
}

export function fileReport(
  name: string,
  id: string,
  file: VFile,
  extra: { redactions?: RedactionCounts; encoding?: string },
): FileReport {
  const errors = file.messages.some((m) => m.fatal === true);
  const warnings = file.messages.some((m) => m.fatal === false);
  const total = Object.values(extra.redactions ?? {}).reduce((a, b) => a + b, 0);
  return {
    file: name,
    id,
    status: errors ? 'error' : warnings ? 'warning' : 'ok',
    messages: file.messages.map((m) => ({ ...(m.line ? { line: m.line } : {}), message: m.reason })),
    ...(total > 0 ? { redactions: extra.redactions } : {}),
    ...(extra.encoding ? { encoding: extra.encoding } : {}),
  };
}

export interface Summary {
  files: number;
  written: number;
  unchanged: number;
  removed: number;
  warnings: number;
  errors: number;
  redactions: number;
  seconds: number;
}

export function summarize(s: Summary): string {
  return (
    `ingest: ${s.files} files, ${s.written} written, ${s.unchanged} unchanged, ${s.removed} removed, ` +
    `${s.warnings} warnings, ${s.errors} errors, ${s.redactions} redactions, ${s.seconds.toFixed(2)} s`
  );
}
