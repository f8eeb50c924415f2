import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ChapterhouseError } from '../../src/lib/errors.ts';

/**
 * Run a child process and measure it: wall time, and peak resident memory of the whole process tree
 * (the child and everything it starts; see treeRss for a child forked and not yet exec'd), sampled from /proc
 * every 100 ms. Sampling needs nothing installed, so it works the same on a laptop and in CI; it can miss a
 * peak shorter than the interval. Where GNU time is installed (/usr/bin/time) it also gives the CPU time of the
 * tree: on a shared machine wall time depends on what else runs, CPU time much less.
 */

export interface Measured {
  wallMs: number;
  /** Largest sum of RSS over the tree seen at one sample, in bytes; null where /proc is missing. */
  peakRss: number | null;
  /** User + system CPU time of the child and its descendants; null without /usr/bin/time. */
  cpuMs: number | null;
  exitCode: number;
  output: string;
}

export interface RunOptions {
  cwd: string;
  env?: Record<string, string | undefined>;
  /** Lines of the child's output worth showing as progress. */
  onLine?: (line: string) => void;
}

const PAGE_SIZE = 4096;
const GNU_TIME = '/usr/bin/time';

/** Set on a process forked but not yet (or never) turned into another program by exec (linux/sched.h). */
const PF_FORKNOEXEC = 0x40;

interface ProcessTable {
  children: Map<number, number[]>;
  /** Processes still sharing their parent's memory copy-on-write, as after fork and before exec. */
  forked: Set<number>;
}

function processTable(): ProcessTable {
  const children = new Map<number, number[]>();
  const forked = new Set<number>();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name may hold spaces and parentheses; the fields after its closing parenthesis do not:
      // state, ppid, pgrp, session, tty, tpgid, flags, ...
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ppid = Number(fields[1]);
      if (Number(fields[6]) & PF_FORKNOEXEC) forked.add(Number(name));
      const list = children.get(ppid) ?? [];
      list.push(Number(name));
      children.set(ppid, list);
    } catch {
      // The process ended between listing and reading: it has no memory left to count.
    }
  }
  return { children, forked };
}

function rssOf(pid: number): number {
  try {
    const pages = Number(fs.readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]);
    return pages * PAGE_SIZE;
  } catch {
    return 0;
  }
}

/** Memory only this process holds (its private pages), leaving out what it shares with others. */
function privateOf(pid: number): number {
  try {
    const rollup = fs.readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(rollup)?.[1] ?? 0);
    return (kb('Private_Clean') + kb('Private_Dirty')) * 1024;
  } catch {
    return 0;
  }
}

/**
 * Memory of a process and all its descendants, right now: the sum of their resident memory, except that a
 * process forked and not yet exec'd counts only its private pages. Such a child (a build about to start git)
 * shows its parent's whole memory as resident, shared copy-on-write; summing both would count the parent's
 * gigabyte twice for the instant between fork and exec, and the peak would be that instant.
 */
export function treeRss(root: number): number {
  const { children, forked } = processTable();
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    total += pid !== root && forked.has(pid) ? privateOf(pid) : rssOf(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

export async function measure(command: string, args: string[], options: RunOptions): Promise<Measured> {
  const canSample = fs.existsSync('/proc/self/statm');
  const timeFile = fs.existsSync(GNU_TIME) ? path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bench-time-')), 'time') : null;
  const [cmd, argv] = timeFile ? [GNU_TIME, ['-f', '%U %S', '-o', timeFile, command, ...args]] : [command, args];
  const started = performance.now();
  const child = spawn(cmd, argv, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  let pending = '';
  const onData = (chunk: Buffer) => {
    const text = chunk.toString('utf8');
    output += text;
    if (!options.onLine) return;
    pending += text;
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) options.onLine(line);
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  let peak = 0;
  const timer = canSample ? setInterval(() => {
    if (child.pid !== undefined) peak = Math.max(peak, treeRss(child.pid));
  }, 100) : undefined;
  const exitCode = await new Promise<number>((resolve, reject) => {
    child.on('error', (e) => reject(new ChapterhouseError('bench-spawn', `could not start ${command}: ${e.message}`, 'check that the command exists')));
    child.on('close', (code) => resolve(code ?? 1));
  });
  const wallMs = performance.now() - started;
  if (timer) clearInterval(timer);
  let cpuMs: number | null = null;
  if (timeFile) {
    // GNU time writes "Command exited with non-zero status N" before the figures when the child fails.
    const figures = fs.readFileSync(timeFile, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
    if (figures.length === 2 && figures.every(Number.isFinite)) cpuMs = (figures[0]! + figures[1]!) * 1000;
    fs.rmSync(path.dirname(timeFile), { recursive: true, force: true });
  }
  return { wallMs, peakRss: canSample ? peak : null, cpuMs, exitCode, output };
}

/** HTML files under a folder: the pages a static build wrote. */
export function countHtml(dir: string): number {
  if (!fs.existsSync(dir)) return 0;
  return (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.html')).length;
}

/** Bytes of all HTML files under a folder: with countHtml, the average page weight. */
export function htmlBytes(dir: string): number {
  if (!fs.existsSync(dir)) return 0;
  return (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.html')).reduce((sum, f) => sum + fs.statSync(path.join(dir, f)).size, 0);
}
