import type { VFile } from 'vfile';

/**
 * The contract between a layout adapter and the rest of the ingest.
 * An adapter only cuts a page into parts; the later stages (normalize:
 * artifacts, script conversion, redaction; citations; topics; to-mdast)
 * are shared by every layout.
 *
 * Every piece of text keeps the 1-based line it came from so messages
 * can point at the seed file.
 */
export interface Line {
  text: string;
  line: number;
}

/** One block of an answer body, in reading order. */
export type Block =
  | { kind: 'paragraph'; text: string; line: number }
  /** A section heading such as `一、個人信息泄露怎么報警?` or `法律依据:`. */
  | { kind: 'heading'; text: string; line: number }
  /** Items such as `(一)更換賬號。` with the paragraphs that follow each. */
  | { kind: 'list'; ordered: boolean; items: Array<{ text: string; line: number; body: Line[] }> };

export interface RawLawyer {
  name?: string;
  helpedCount?: number;
  bio?: string;
  line?: number;
}

export interface RawAnswer {
  lawyer?: RawLawyer;
  /** ISO date `YYYY-MM-DD`, when the page dates the answer. */
  date?: string;
  blocks: Block[];
}

export interface RawRelated {
  title: string;
  question?: string;
  date?: string;
  line: number;
}

/** What an adapter makes of one seed file, still in the source script. */
export interface ParsedPage {
  title: Line;
  /** The asker's own words; empty when the layout has none. */
  question: Line[];
  answers: RawAnswer[];
  related: RawRelated[];
  /** Breadcrumb / category labels, most general first. */
  categories: string[];
  /** ISO date the page was published, when it says. */
  date?: string;
}

export interface Layout {
  /** Stable name, recorded in `source.layout` and in error messages. */
  name: string;
  /** A one-line description of what the layout looks like, for "fits no layout" errors. */
  expects: string;
  /** Cheap check on the decoded, BOM-less, LF-only lines. */
  detect(lines: readonly string[]): boolean;
  /** Cuts the page into parts; reports problems on `file` as vfile messages with line positions. */
  parse(lines: readonly string[], file: VFile): ParsedPage;
}
