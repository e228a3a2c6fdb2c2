import { join } from 'node:path';

/** The sites the e2e suite builds once, before any test (see global-setup.ts). */
export interface BuildSpec {
  /** Seed folders copied together into one input folder. */
  seeds: string[];
  /** Astro `base`. */
  base: string;
  /** Further build settings (README "Deploy"), e.g. the ICP filing number. */
  env?: Record<string, string>;
}

const root = join(import.meta.dirname, '..', '..', '..');
export const projectRoot = root;
export const buildRoot = join(root, '.test-build');

export const builds = {
  /** Exactly the bundled seeds: the page counts of the site issue hold here. */
  seeds: { seeds: ['content/seeds'], base: '/' },
  /** The same input once more, from its own folders: the output must be byte-identical. */
  again: { seeds: ['content/seeds'], base: '/' },
  /** The same seeds deployed under a sub-path. */
  legal: { seeds: ['content/seeds'], base: '/legal', env: { ICP: '京ICP备12345678号-1' } },
  /** Bundled seeds plus hostile input and the other sites' layouts. */
  extra: {
    seeds: ['content/seeds', 'tests/fixtures/site/hostile', 'tests/fixtures/layouts/samples'],
    base: '/',
  },
} satisfies Record<string, BuildSpec>;

export type BuildName = keyof typeof builds;

/** Where a named build's static site is. */
export function distOf(name: BuildName): string {
  return join(buildRoot, name, 'dist');
}
