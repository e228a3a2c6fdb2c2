import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { builds, buildRoot, distOf, projectRoot, type BuildName } from './helpers/builds.ts';

/**
 * Builds every site in `builds` with the real `npm run build` pipeline
 * (ingest → Astro → Pagefind), each from its own seed folder into its own dist.
 * Builds run one after another: they share Astro's content cache.
 */
export default function setup(): void {
  rmSync(buildRoot, { recursive: true, force: true });
  for (const name of Object.keys(builds) as BuildName[]) {
    const spec = builds[name];
    const work = join(buildRoot, name);
    const seeds = join(work, 'seeds');
    mkdirSync(seeds, { recursive: true });
    for (const dir of spec.seeds) {
      const from = join(projectRoot, dir);
      if (!existsSync(from)) continue;
      for (const f of readdirSync(from)) cpSync(join(from, f), join(seeds, f));
    }
    execFileSync('npm', ['run', '--silent', 'build'], {
      cwd: projectRoot,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: {
        ...process.env,
        SEEDS_DIR: seeds,
        FAQ_DIR: join(work, 'faq'),
        INGEST_REPORT: join(work, 'ingest-report.json'),
        OUT_DIR: distOf(name),
        BASE: spec.base,
        ICP: '',
        ...('env' in spec ? spec.env : {}),
      },
    });
  }
}
