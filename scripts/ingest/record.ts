import type { VFile } from 'vfile';
import type { Citation } from '../../src/schemas/citation.ts';
import { faqSchema, type Faq } from '../../src/schemas/faq.ts';
import type { Lawyer } from '../../src/schemas/lawyer.ts';
import type { Topic } from '../../src/schemas/topic.ts';
import type { Block, ParsedPage, RawLawyer } from './layouts/types.ts';
import { answerExtractor, type CiteSpan } from './citations/extract.ts';
import { pinyinSlug, type LawIndex } from './citations/laws.ts';
import { classify } from './classify.ts';
import { fail } from './messages.ts';
import type { RichBlock } from './to-mdast.ts';

export interface RecordInput {
  id: string;
  page: ParsedPage;
  sourceScript: 'hans' | 'hant';
  source: Faq['source'];
  laws: LawIndex;
  topics: readonly Topic[];
}

/** Builds and validates the frontmatter record; undefined (with an error on `file`) when invalid. */
export function buildRecord(input: RecordInput, file: VFile): { faq: Faq; answers: RichBlock[][] } | undefined {
  const { page } = input;
  const answers: RichBlock[][] = [];
  const records: Faq['answers'] = [];
  for (const raw of page.answers) {
    const extract = answerExtractor(input.laws, file);
    const rich = raw.blocks.map((b) => enrich(b, extract));
    answers.push(rich);
    const lawyer = toLawyer(raw.lawyer);
    records.push({
      ...(lawyer ? { lawyer } : {}),
      ...(raw.date ? { date: raw.date } : {}),
      statutes: dedupe(rich.flatMap(spansOf).map((s) => s.citation)),
    });
  }
  const statutes = dedupe(records.flatMap((a) => a.statutes));
  const answerText = answers.flat().map(plain).join('\n');
  const question = page.question.map((l) => l.text).join('\n');
  const { topic, tags } = classify(input.topics, {
    categories: page.categories,
    title: page.title.text,
    text: `${question}\n${answerText}`,
    lawSlugs: [...new Set(statutes.map((s) => s.lawSlug))],
  });
  const candidate = {
    id: input.id,
    title: page.title.text,
    question,
    description: describe(firstParagraph(answers.flat()) ?? answerText),
    sourceScript: input.sourceScript,
    topic,
    tags,
    categories: page.categories,
    ...(page.date ? { datePublished: page.date } : {}),
    ...(records[0]?.lawyer ? { lawyer: records[0].lawyer } : {}),
    answers: records,
    statutes,
    related: page.related.map((r) => ({
      title: r.title,
      ...(r.question ? { question: r.question } : {}),
      ...(r.date ? { date: r.date } : {}),
      topic: classify(input.topics, { title: r.title, text: r.question ?? '' }).topic,
    })),
    source: input.source,
  };
  const parsed = faqSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      fail(file, `invalid record: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
    }
    return undefined;
  }
  return { faq: parsed.data, answers };
}

function enrich(b: Block, extract: (text: string, line: number) => CiteSpan[]): RichBlock {
  if (b.kind === 'list') {
    return {
      kind: 'list',
      items: b.items.map((it) => ({
        text: it.text,
        spans: extract(it.text, it.line),
        body: it.body.map((l) => ({ text: l.text, spans: extract(l.text, l.line) })),
      })),
    };
  }
  return { kind: b.kind, text: b.text, spans: extract(b.text, b.line) };
}

function spansOf(b: RichBlock): CiteSpan[] {
  if (b.kind !== 'list') return b.spans;
  return b.items.flatMap((it) => [...it.spans, ...it.body.flatMap((p) => p.spans)]);
}

/** Headings are not sentences: the description comes from the first paragraph. */
function firstParagraph(blocks: RichBlock[]): string | undefined {
  for (const b of blocks) {
    if (b.kind === 'paragraph') return b.text;
    if (b.kind === 'list') return b.items[0]?.body[0]?.text ?? b.items[0]?.text;
  }
  return undefined;
}

function plain(b: RichBlock): string {
  if (b.kind !== 'list') return b.text;
  return b.items.map((it) => [it.text, ...it.body.map((p) => p.text)].join('\n')).join('\n');
}

/** One entry per law + article + 之N + 款 + 项, first seen first; a later quote fills a missing one. */
export function dedupe(citations: readonly Citation[]): Citation[] {
  const seen = new Map<string, Citation>();
  for (const c of citations) {
    const key = [c.lawSlug, c.article, c.suffix, c.paragraph, c.item].join('|');
    const prev = seen.get(key);
    if (!prev) seen.set(key, { ...c });
    else if (!prev.quote && c.quote) prev.quote = c.quote;
  }
  return [...seen.values()];
}

function toLawyer(raw: RawLawyer | undefined): Lawyer | undefined {
  if (!raw) return undefined;
  const lawyer: Lawyer = {};
  if (raw.name) {
    lawyer.name = raw.name;
    const slug = pinyinSlug(raw.name);
    if (slug) lawyer.slug = slug;
  }
  if (raw.helpedCount !== undefined) lawyer.helpedCount = raw.helpedCount;
  if (raw.bio) lawyer.bio = raw.bio;
  return Object.keys(lawyer).length ? lawyer : undefined;
}

/** The answer's first sentence, at most 120 characters (search-result snippets are about that long). */
export function describe(text: string): string {
  const first = text.trim().match(/^[^。！？!?\n]*[。！？!?]?/)?.[0] ?? '';
  const s = first.trim() || text.trim();
  return s.length <= 120 ? s : `${s.slice(0, 119)}…`;
}
