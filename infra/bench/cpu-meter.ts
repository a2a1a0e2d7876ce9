import { readdirSync, readFileSync } from 'node:fs';

/**
 * CPU seconds spent by the processes of a run, read from /proc (Linux only; elsewhere it reads
 * nothing): each app by its pid, this process, the PostgreSQL backends of the benchmark's own
 * database (by their process title, so other databases' work is not counted), and RabbitMQ whole.
 */
export class CpuMeter {
  constructor(
    private readonly apps: ReadonlyArray<{ name: string; pid: number | undefined }>,
    private readonly database: string,
  ) {}

  read(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const app of this.apps) out[app.name] = app.pid === undefined ? 0 : ticks(app.pid);
    const own = process.cpuUsage();
    out.bench = (own.user + own.system) / 1e6;
    out.postgres = 0;
    out.rabbitmq = 0;
    for (const entry of safeList('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      const cmdline = safeRead(`/proc/${entry}/cmdline`).replace(/\0/g, ' ');
      if (cmdline.startsWith('postgres: ') && cmdline.includes(` ${this.database} `)) out.postgres += ticks(Number(entry));
      else if (/beam\.smp/.test(cmdline) && /rabbit/.test(cmdline)) out.rabbitmq += ticks(Number(entry));
    }
    return out;
  }

  /** Milliseconds of CPU per call between two readings, per process and in all. */
  static perCall(before: Record<string, number>, after: Record<string, number>, calls: number): Record<string, string> {
    const per = Object.fromEntries(Object.keys(after).map((k) => [k, (1000 * ((after[k] ?? 0) - (before[k] ?? 0))) / calls]));
    const total = Object.values(per).reduce((a, b) => a + b, 0);
    return Object.fromEntries([...Object.entries(per), ['all', total]].map(([k, v]) => [k, (v as number).toFixed(1)]));
  }
}

/** utime + stime of a process, in seconds (clock ticks of 1/100 s on Linux). */
function ticks(pid: number): number {
  const stat = safeRead(`/proc/${pid}/stat`);
  if (stat === '') return 0;
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

function safeRead(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

function safeList(path: string): string[] {
  try {
    return readdirSync(path);
  } catch {
    return [];
  }
}
