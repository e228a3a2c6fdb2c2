import type { VFile } from 'vfile';
import type { Block, ParsedPage } from '../layouts/types.ts';
import { dropMojibake, stripArtifacts } from './artifacts.ts';
import { isNoise } from './noise.ts';
import { redact, type RedactionCounts } from './redact.ts';
import { isTraditional, toSimplified } from './script.ts';
import { warn } from '../messages.ts';

export interface Normalized {
  page: ParsedPage;
  sourceScript: 'hans' | 'hant';
  redactions: RedactionCounts;
}

/**
 * Every piece of seed text goes through the same steps, in this order:
 * mojibake out (reported), pinyin artifacts out, Traditional → Simplified
 * (only when the page is Traditional), personal data redacted.
 */
export async function normalize(page: ParsedPage, file: VFile): Promise<Normalized> {
  const hant = isTraditional(String(file.value));
  const redactions: RedactionCounts = {};
  const fix = async (text: string, line?: number): Promise<string> => {
    const m = dropMojibake(text);
    for (const bad of m.found) warn(file, `unrecoverable mojibake "${bad}" removed`, line);
    let t = stripArtifacts(m.text).trim();
    if (hant) t = await toSimplified(t);
    return redact(t, redactions);
  };
  const fixBlocks = async (blocks: Block[]): Promise<Block[]> => {
    const out: Block[] = [];
    for (const b of blocks) {
      if (b.kind === 'list') {
        const items = [];
        for (const it of b.items) {
          const body = [];
          for (const l of it.body) if (!isNoise(l.text)) body.push({ text: await fix(l.text, l.line), line: l.line });
          items.push({ text: await fix(it.text, it.line), line: it.line, body });
        }
        out.push({ ...b, items });
      } else if (!isNoise(b.text)) {
        out.push({ ...b, text: await fix(b.text, b.line) });
      }
    }
    return out;
  };
  const answers = [];
  for (const a of page.answers) {
    const lawyer = a.lawyer && {
      ...a.lawyer,
      ...(a.lawyer.name !== undefined ? { name: await fix(a.lawyer.name, a.lawyer.line) } : {}),
      ...(a.lawyer.bio !== undefined ? { bio: await fix(a.lawyer.bio, a.lawyer.line) } : {}),
    };
    answers.push({ ...a, ...(lawyer ? { lawyer } : {}), blocks: await fixBlocks(a.blocks) });
  }
  const related = [];
  for (const r of page.related) {
    const question = r.question !== undefined ? await fix(r.question, r.line) : undefined;
    related.push({ ...r, title: await fix(r.title, r.line), ...(question ? { question } : {}) });
  }
  const question = [];
  for (const q of page.question) question.push({ text: await fix(q.text, q.line), line: q.line });
  const categories = [];
  for (const c of page.categories) categories.push(await fix(c));
  return {
    page: {
      ...page,
      title: { text: await fix(page.title.text, page.title.line), line: page.title.line },
      question,
      answers,
      related,
      categories,
    },
    sourceScript: hant ? 'hant' : 'hans',
    redactions,
  };
}
