import type { Root } from 'mdast';
import { unified } from 'unified';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkStringify from 'remark-stringify';
import { stringify as yaml } from 'yaml';
import type { Faq } from '../../src/schemas/faq.ts';

/**
 * `import`/`export` at the start of a line is ESM in MDX
 * (https://mdxjs.com/docs/what-is-mdx/#esm). Plain text that starts so must
 * not become code: the first letter is written as a character reference.
 */
const unsafe = [
  { character: 'i', atBreak: true, after: 'mport\\b' },
  { character: 'e', atBreak: true, after: 'xport\\b' },
];

const processor = unified()
  .use(remarkStringify, { bullet: '-', fences: true, rule: '-', unsafe })
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkMdx);

/**
 * The whole page: YAML frontmatter from the validated record, then the MDX body.
 * Astro reads frontmatter as YAML 1.1, where an unquoted 2021-03-20 is a
 * timestamp (https://yaml.org/type/timestamp.html); writing 1.1 quotes such
 * strings so the page reads back as exactly the record that was validated.
 */
export function serialize(faq: Faq, body: Root): string {
  const tree: Root = {
    type: 'root',
    children: [{ type: 'yaml', value: yaml(faq, { lineWidth: 0, version: '1.1' }).trimEnd() }, ...body.children],
  };
  return processor.stringify(tree);
}
