/** Resident memory of a process and its descendants, read from /proc (Linux). */
import { readdirSync, readFileSync } from 'node:fs';

export interface ProcessMemory {
  pid: number;
  /** The script it runs (the last path of its command line). */
  command: string;
  /** VmRSS now, MB. */
  rssMB: number;
  /** VmHWM: the highest resident size so far, MB. */
  peakMB: number;
}

function read(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

function parentOf(pid: number): number | null {
  const stat = read(`/proc/${pid}/stat`);
  // the command name in parentheses may hold spaces: the fields after its closing parenthesis are fixed
  const fields = stat?.slice(stat.lastIndexOf(')') + 2).split(' ');
  return fields ? Number(fields[1]) : null;
}

function kB(status: string, field: string): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
  return match ? Number(match[1]) : 0;
}

/** `root` and every process below it that is still running. */
export function processTreeMemory(root: number): ProcessMemory[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    const pid = Number(name);
    if (!Number.isInteger(pid)) continue;
    const parent = parentOf(pid);
    if (parent !== null) children.set(parent, [...(children.get(parent) ?? []), pid]);
  }
  const result: ProcessMemory[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.shift()!;
    queue.push(...(children.get(pid) ?? []));
    const status = read(`/proc/${pid}/status`);
    if (!status) continue;
    const argv = (read(`/proc/${pid}/cmdline`) ?? '').split('\0').filter(Boolean);
    const script = argv.findLast((a) => a.includes('/')) ?? argv[0] ?? '?';
    result.push({
      pid,
      command: script.split('/').slice(-2).join('/'),
      rssMB: kB(status, 'VmRSS') / 1024,
      peakMB: kB(status, 'VmHWM') / 1024,
    });
  }
  return result;
}
