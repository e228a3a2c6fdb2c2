import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { answerText, type Generated } from '../gen/index.ts';
import { mustMeasure, type Measured } from './measure.ts';
import { nodeBin, pagefindStage, toolEnv } from './pipeline.ts';

export interface BaselineResult {
  build: Measured;
  index: Measured;
  dist: string;
}

const config = `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';

export default defineConfig({
  outDir: './dist',
  markdown: { processor: unified({ smartypants: false }) },
  integrations: [mdx()],
});
`;

const layout = `---
const { frontmatter } = Astro.props;
---
<html lang="zh-CN"><head><meta charset="utf-8"><title>{frontmatter.title}</title></head>
<body><main><h1>{frontmatter.title}</h1><slot /></main></body></html>
`;

/** MDX treats `{ } < >` as syntax; the baseline pages are plain text. */
const escapeMdx = (text: string): string => text.replace(/[{}<>]/g, (c) => `\\${c}`);

/**
 * A bare Astro project with the same Astro/MDX (our node_modules via a symlink):
 * one plain MDX page per generated answer, a minimal layout, no collections.
 */
export function writeBaseline(root: string, dir: string, generated: Generated): void {
  rmSync(dir, { recursive: true, force: true });
  const pages = join(dir, 'src', 'pages', 'q');
  mkdirSync(pages, { recursive: true });
  mkdirSync(join(dir, 'src', 'layouts'), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  writeFileSync(join(dir, 'package.json'), '{ "name": "bench-baseline", "private": true, "type": "module" }\n');
  writeFileSync(join(dir, 'astro.config.mjs'), config);
  writeFileSync(join(dir, 'src', 'layouts', 'Plain.astro'), layout);
  for (const entry of generated.catalog) {
    const { blocks } = answerText(entry, generated.lib, generated.seed);
    const front = `---\nlayout: ../../layouts/Plain.astro\ntitle: ${JSON.stringify(entry.title)}\n---\n\n`;
    writeFileSync(join(pages, `${entry.index}.mdx`), front + blocks.map(escapeMdx).join('\n\n') + '\n');
  }
}

export async function runBaseline(root: string, dir: string, echo: boolean): Promise<BaselineResult> {
  const env = toolEnv(root, {});
  const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const build = await mustMeasure('baseline astro build', { cmd: nodeBin(root), args: [astro, 'build'], cwd: dir, env, echo });
  const dist = join(dir, 'dist');
  const index = await mustMeasure('baseline pagefind', pagefindStage(root, dist, join(dist, 'pagefind')));
  return { build, index, dist };
}
