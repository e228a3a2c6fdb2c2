import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { faqSchema, type Faq } from '../../../src/schemas/faq.ts';
import { serialize } from '../../../scripts/ingest/write.ts';

/** Text in the shapes YAML readers trip over: types they guess, syntax, line breaks. */
const tricky = [
  '2021-03-20', 'yes', 'no', '~', 'null', '1e3', '0x1F', '- item', '# not a comment', 'a: b', '{x}', '[y]',
  '"quoted" \'single\'', 'back\\slash', '&anchor *alias !tag', '| > %', 'tab\there', 'line\u2028sep\u2029para',
  'c1\u0085\u0090', 'bom\ufeff', '【已隐去】', '😀 emoji',
];

function record(text: string): Faq {
  return faqSchema.parse({
    id: 'abc',
    title: text,
    question: text,
    description: text.slice(0, 120),
    sourceScript: 'hans',
    topic: 'fraud',
    tags: [text],
    categories: [text],
    answers: [{ statutes: [], date: '2021-03-20', lawyer: { name: text, bio: text } }],
    statutes: [{ law: text, lawSlug: 'xingfa', article: 266, quote: text }],
    related: [{ title: text, question: text, date: '2021-03-01' }],
    source: { file: 'a.txt', hash: 'a'.repeat(64), layout: 'format-a' },
  });
}

describe('frontmatter', () => {
  // Astro reads frontmatter with js-yaml's load (@astrojs/internal-helpers/frontmatter):
  // the page must read back as exactly the record that was validated.
  it.each(tricky)('reads back exactly as written: %j', (text) => {
    const faq = record(text);
    const page = serialize(faq, { type: 'root', children: [] });
    const end = page.indexOf('\n---\n', 4);
    expect(page.startsWith('---\n')).toBe(true);
    expect(load(page.slice(4, end))).toEqual(faq);
  });
});
