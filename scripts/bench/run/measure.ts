import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

export interface Measured {
  seconds: number;
  /** Peak resident set size of the stage's biggest process, MiB. */
  peakRssMb: number;
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
  child.stdout.on('data', (chunk: Buffer) => {
    out.push(chunk);
    if (stage.echo) process.stdout.write(chunk);
  });
  child.stderr.on('data', (chunk: Buffer) => {
    out.push(chunk);
    if (stage.echo) process.stderr.write(chunk);
  });
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? 1)));
  const seconds = (performance.now() - started) / 1000;
  let peakRssMb = Number.NaN;
  if (useTime && existsSync(report)) {
    const match = /Maximum resident set size \(kbytes\): (\d+)/.exec(readFileSync(report, 'utf8'));
    if (match?.[1]) peakRssMb = Number(match[1]) / 1024;
    rmSync(report, { force: true });
  }
  return { seconds, peakRssMb, stdout: Buffer.concat(out).toString('utf8'), code };
}

/** Like measure() but throws with the tail of the output when the stage fails. */
export async function mustMeasure(name: string, stage: StageCommand): Promise<Measured> {
  const result = await measure(stage);
  if (result.code !== 0) {
    throw new Error(`${name} failed (exit ${result.code}):\n${result.stdout.slice(-4000)}`);
  }
  return result;
}
