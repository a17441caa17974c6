// CPU time used by the browser's processes (descendants of this one), read from /proc on Linux. On a busy
// machine frame rates say more about the other jobs than about the viewer; CPU time per frame does not.
import { readFileSync, readdirSync } from 'node:fs';

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

/** CPU milliseconds (user + system) of each descendant process of `root`, by pid; empty without /proc. */
export function descendantCpuMs(root = process.pid): Map<number, number> {
  const parent = new Map<number, number>();
  const cpu = new Map<number, number>();
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return new Map();
  }
  for (const name of entries) {
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Fields after the command name (which may hold spaces), from field 3 on.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parent.set(Number(name), Number(fields[1]));
      cpu.set(Number(name), ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND);
    } catch {
      // The process ended while we looked.
    }
  }
  const isDescendant = (pid: number): boolean => {
    for (let p = parent.get(pid); p !== undefined && p > 1; p = parent.get(p)) if (p === root) return true;
    return false;
  };
  return new Map([...cpu].filter(([pid]) => isDescendant(pid)));
}

/** CPU used between two readings: in total, and by the busiest process. */
export function cpuBetween(before: Map<number, number>, after: Map<number, number>): { totalMs: number; busiestMs: number } {
  const used = [...after].map(([pid, ms]) => ms - (before.get(pid) ?? 0));
  return { totalMs: used.reduce((sum, ms) => sum + ms, 0), busiestMs: Math.max(0, ...used) };
}
