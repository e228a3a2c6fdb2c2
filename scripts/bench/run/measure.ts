import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

export interface Measured {
  seconds: number;
  /** Peak resident set size of the stage's biggest process, MiB. */
  peakRssMb: number;
  /** Peak of the summed RSS of the whole process tree (e.g. node + the Pagefind binary), MiB, sampled every 250 ms. */
  treeRssMb: number;
  stdout: string;
  code: number;
}

export interface StageCommand {
  cmd: string;
  args: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Echo child output while it runs (long builds). */
  echo?: boolean;
}

const gnuTime = '/usr/bin/time';

/**
 * Runs one pipeline stage as a child and times it. Peak RSS comes from GNU
 * time's "Maximum resident set size" (getrusage of the waited-for children),
 * so it covers the node process and any worker it waits for.
 */
export async function measure(stage: StageCommand): Promise<Measured> {
  const useTime = existsSync(gnuTime);
  const report = join(tmpdir(), `bench-time-${process.pid}-${Date.now()}.txt`);
  const [cmd, args] = useTime ? [gnuTime, ['-v', '-o', report, stage.cmd, ...stage.args]] : [stage.cmd, stage.args];
  const started = performance.now();
  const child = spawn(cmd, args, { cwd: stage.cwd, env: stage.env, stdio: ['ignore', 'pipe', 'pipe'] });
  const out: Buffer[] = [];
  let treeKb = 0;
  const poll = setInterval(() => {
    if (child.pid !== undefined) treeKb = Math.max(treeKb, treeRssKb(child.pid));
  }, 250);
  child.stdout.on('data', (chunk: Buffer) => {
    out.push(chunk);
    if (stage.echo) process.stdout.write(chunk);
  });
  child.stderr.on('data', (chunk: Buffer) => {
    out.push(chunk);
    if (stage.echo) process.stderr.write(chunk);
  });
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? 1)));
  clearInterval(poll);
  const seconds = (performance.now() - started) / 1000;
  let peakRssMb = Number.NaN;
  if (useTime && existsSync(report)) {
    const match = /Maximum resident set size \(kbytes\): (\d+)/.exec(readFileSync(report, 'utf8'));
    if (match?.[1]) peakRssMb = Number(match[1]) / 1024;
    rmSync(report, { force: true });
  }
  return { seconds, peakRssMb, treeRssMb: treeKb / 1024, stdout: Buffer.concat(out).toString('utf8'), code };
}

/** Summed VmRSS (kB) of a process and all its descendants, from /proc (0 where there is no /proc). */
export function treeRssKb(root: number): number {
  const parent = new Map<number, number>();
  const rss = new Map<number, number>();
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  } catch {
    return 0;
  }
  for (const d of pids) {
    try {
      const status = readFileSync(`/proc/${d}/status`, 'utf8');
      parent.set(Number(d), Number(/PPid:\s+(\d+)/.exec(status)?.[1] ?? 0));
      rss.set(Number(d), Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0));
    } catch {
      // the process ended while we looked
    }
  }
  const inTree = (pid: number): boolean => {
    for (let p = pid, hops = 0; p > 1 && hops < 64; p = parent.get(p) ?? 0, hops++) if (p === root) return true;
    return false;
  };
  let total = 0;
  for (const [pid, kb] of rss) if (inTree(pid)) total += kb;
  return total;
}

/** Like measure() but throws with the tail of the output when the stage fails. */
export async function mustMeasure(name: string, stage: StageCommand): Promise<Measured> {
  const result = await measure(stage);
  if (result.code !== 0) {
    throw new Error(`${name} failed (exit ${result.code}):\n${result.stdout.slice(-4000)}`);
  }
  return result;
}
