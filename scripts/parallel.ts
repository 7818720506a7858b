/**
 * tsx scripts/parallel.ts SCRIPT…
 * Runs the named npm scripts at once (each of the static checks uses one core, so two run in the time
 * of one on a two-core machine). Each one's output is held and printed whole when it ends, under its
 * name and time, so the outputs never interleave. The first to fail stops the others (their output so
 * far is printed too, marked as stopped) and this exits with its status; all passing exits 0.
 */
import { spawn, type ChildProcess } from 'node:child_process';

const scripts = process.argv.slice(2);
if (scripts.length === 0) {
  console.error('usage: tsx scripts/parallel.ts SCRIPT…');
  process.exit(2);
}

interface Run {
  readonly name: string;
  readonly child: ChildProcess;
  readonly output: Buffer[];
  readonly started: number;
}

const running = new Map<string, Run>();
let failed = false;

const seconds = (run: Run): string => `${((Date.now() - run.started) / 1000).toFixed(1)} s`;

function report(run: Run, verdict: string): void {
  const text = Buffer.concat(run.output).toString('utf8').trimEnd();
  process.stdout.write(`── ${run.name}: ${verdict} (${seconds(run)})\n${text === '' ? '' : `${text}\n`}`);
}

/** Stops a script and everything it started: each runs as the leader of its own process group. */
function stop(run: Run): void {
  try {
    if (run.child.pid !== undefined) process.kill(-run.child.pid, 'SIGTERM');
  } catch {
    // It ended on its own in the meantime.
  }
}

for (const name of scripts) {
  const child = spawn('npm', ['run', '-s', name], { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const run: Run = { name, child, output: [], started: Date.now() };
  child.stdout!.on('data', (b: Buffer) => run.output.push(b));
  child.stderr!.on('data', (b: Buffer) => run.output.push(b));
  running.set(name, run);
  child.on('close', (code, signal) => {
    running.delete(name);
    if (failed) {
      report(run, 'stopped');
      return;
    }
    if (code === 0) {
      report(run, 'passed');
      return;
    }
    failed = true;
    report(run, `failed (${code ?? signal})`);
    for (const other of running.values()) stop(other);
    process.exitCode = code ?? 1;
  });
}

for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    failed = true;
    for (const run of running.values()) stop(run);
    process.exitCode = 130;
  });
