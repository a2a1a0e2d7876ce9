import { ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { eventually } from './eventually';

/** The repository root, whether this runs from source (tests) or from dist/ (benchmarks). */
function repositoryRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json')) || dir.endsWith('/dist')) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the repository root');
    dir = parent;
  }
  return dir;
}

const ROOT = repositoryRoot();

/** A port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * One of our apps as a separate process, from the build in dist/ (`npm test` builds first). Tests of
 * one app run its peers this way: apps never import each other, not even in tests.
 */
/**
 * Every app process a test file started and has not seen exit. A `beforeAll` that fails half-way
 * (one app did not come up) never reaches the stops in its `afterAll`; the worker kills the rest
 * when it exits, so no orphan keeps database connections after the run.
 */
const live = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of live) child.kill('SIGKILL');
});

export class AppProcess {
  readonly output: string[] = [];

  private constructor(
    readonly name: string,
    readonly url: string,
    private readonly child: ChildProcess,
  ) {}

  /**
   * `nodeArgs` go to node before the app's script: `--cpu-prof` for a benchmark's profile. `root`, the
   * checkout whose dist/ to run: another build beside this one, for a benchmark's before and after.
   */
  static async start(name: string, env: Record<string, string>, nodeArgs: readonly string[] = [], root = ROOT): Promise<AppProcess> {
    const port = env.PORT ? Number(env.PORT) : await freePort();
    const child = spawn(process.execPath, [...nodeArgs, join(root, `dist/apps/${name}/src/main.js`)], {
      env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', ...env, PORT: String(port), NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const app = new AppProcess(name, `http://127.0.0.1:${port}`, child);
    live.add(child);
    child.once('exit', () => live.delete(child));
    for (const stream of [child.stdout!, child.stderr!]) stream.on('data', (chunk: Buffer) => app.output.push(chunk.toString('utf8')));
    try {
      await eventually(
        async () => {
          if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}:\n${app.output.join('')}`);
          const response = await fetch(`${app.url}/health/ready`).catch(() => undefined);
          return response?.status === 200;
        },
        // Generous: on two shared cores an app can take many seconds to come up; this is a deadline, not a measure.
        { timeoutMs: 60_000, intervalMs: 50 },
      );
    } catch (error) {
      child.kill('SIGKILL');
      if (child.exitCode !== null) throw error;
      throw new Error(`${name} was not ready within 60 s:\n${app.output.join('').slice(-4_000)}`);
    }
    return app;
  }

  /** SIGTERM, then wait for the graceful shutdown; one that hangs fails the test with the app's logs. */
  async stop(timeoutMs = 30_000): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise<boolean>((resolve) => this.child.once('exit', () => resolve(true)));
    this.child.kill('SIGTERM');
    let timer: NodeJS.Timeout | undefined;
    const gaveUp = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
    const clean = await Promise.race([exited, gaveUp]);
    clearTimeout(timer);
    if (!clean) {
      this.child.kill('SIGKILL');
      throw new Error(`${this.name} did not stop within ${timeoutMs} ms of SIGTERM:\n${this.logs()}`);
    }
  }

  /** The process id, for a benchmark that reads what the app spent from /proc. */
  get pid(): number | undefined {
    return this.child.pid;
  }

  logs(): string {
    return this.output.join('');
  }
}
