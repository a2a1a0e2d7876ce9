// `npm run cluster -- up|down|status`: a three-node RabbitMQ cluster of its own on this machine, for
// `npm run test:cluster`. Each node has its own name, data and log directories (owned by the
// `rabbitmq` user), config file with its own AMQP listener, distribution port and plugins file, and
// shares the machine's Erlang cookie. The machine's own broker (rabbit@localhost, 5672) is never
// joined, stopped, reset or reconfigured: every command below names one of our nodes.
import { spawn, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { answers, log } from './lib.mjs';

const BASE_DIR = process.env.MO_CLUSTER_DIR ?? '/var/tmp/mo-rabbit-cluster';
const BASE_PORT = Number(process.env.MO_CLUSTER_PORT ?? 5701);

/** The three nodes: rabbit-c1@localhost on 5701 (distribution 25701), and so on. */
export const NODES = [1, 2, 3].map((n) => ({
  name: `rabbit-c${n}@localhost`,
  port: BASE_PORT + n - 1,
  distPort: 20_000 + BASE_PORT + n - 1,
  dir: join(BASE_DIR, `c${n}`),
}));

/** What the apps' AMQP_URL is for this cluster: every node, so a client moves on when one dies. */
export const CLUSTER_AMQP_URL = NODES.map((node) => `amqp://guest:guest@127.0.0.1:${node.port}`).join(',');

const MACHINE_NODE = 'rabbit@localhost';

function fail(message) {
  throw new Error(message);
}

function ctl(node, args, options = {}) {
  // A guard, not a convention: nothing here may ever address the machine's own broker.
  if (node.name === MACHINE_NODE) throw new Error(`refusing to run rabbitmqctl against ${MACHINE_NODE}`);
  const result = spawnSync('rabbitmqctl', ['-n', node.name, ...args], { encoding: 'utf8', env: nodeEnv(node), timeout: options.timeoutMs ?? 120_000 });
  if (result.status !== 0 && !options.allowFailure) throw new Error(`rabbitmqctl -n ${node.name} ${args.join(' ')} failed:\n${result.stdout}${result.stderr}`);
  return result;
}

function nodeEnv(node) {
  return {
    ...process.env,
    RABBITMQ_NODENAME: node.name,
    RABBITMQ_NODE_PORT: String(node.port),
    RABBITMQ_DIST_PORT: String(node.distPort),
    RABBITMQ_CONFIG_FILE: join(node.dir, 'rabbitmq.conf'),
    RABBITMQ_ENABLED_PLUGINS_FILE: join(node.dir, 'enabled_plugins'),
    RABBITMQ_MNESIA_BASE: join(node.dir, 'data'),
    RABBITMQ_LOG_BASE: join(node.dir, 'log'),
  };
}

export function running(node) {
  return ctl(node, ['ping'], { allowFailure: true, timeoutMs: 20_000 }).status === 0;
}

function prepare(node) {
  for (const dir of [node.dir, join(node.dir, 'data'), join(node.dir, 'log')]) mkdirSync(dir, { recursive: true });
  // Its own listener: Debian's /etc/rabbitmq/rabbitmq.conf (which binds 5672) is not read at all.
  writeFileSync(join(node.dir, 'rabbitmq.conf'), [`listeners.tcp.1 = 127.0.0.1:${node.port}`, 'loopback_users.guest = true', 'log.console = false', ''].join('\n'));
  // No plugins: the management plugin's port 15672 belongs to the machine's broker.
  writeFileSync(join(node.dir, 'enabled_plugins'), '[].\n');
  const uid = Number(spawnSync('id', ['-u', 'rabbitmq'], { encoding: 'utf8' }).stdout.trim());
  const gid = Number(spawnSync('id', ['-g', 'rabbitmq'], { encoding: 'utf8' }).stdout.trim());
  for (const path of [BASE_DIR, node.dir, join(node.dir, 'data'), join(node.dir, 'log'), join(node.dir, 'rabbitmq.conf'), join(node.dir, 'enabled_plugins')]) chownSync(path, uid, gid);
}

/** Starts a node that is down (its data, and so its cluster membership, kept). */
export async function startNode(node) {
  if (running(node)) return;
  if (await answers('127.0.0.1', node.port)) throw new Error(`port ${node.port} is taken by something else; set MO_CLUSTER_PORT to move the cluster`);
  prepare(node);
  // In the background ourselves: 3.10's `-detached` trips its own distribution-port check.
  const server = spawn('rabbitmq-server', [], { env: nodeEnv(node), stdio: 'ignore', detached: true });
  server.unref();
  const deadline = Date.now() + 120_000;
  while (!running(node)) {
    if (server.exitCode !== null || Date.now() > deadline) throw new Error(`${node.name} did not start; see ${join(node.dir, 'log')}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  ctl(node, ['await_startup', '--timeout', '120']);
}

/** Stops one node as an outage would look to clients: its connections drop, the rest carry on. */
export function stopNode(node) {
  if (running(node)) ctl(node, ['stop']);
}

/** The node that leads most of the prefix's events queues (the busiest: every event passes them). */
export function busiestLeader(prefix) {
  const led = new Map();
  for (const queue of queues(prefix).filter((q) => q.name.endsWith('.events'))) {
    const entry = led.get(queue.leader) ?? { queues: [], messages: 0 };
    entry.queues.push(queue.name);
    entry.messages += queue.messages;
    led.set(queue.leader, entry);
  }
  const [leader, entry] = [...led].sort(([, a], [, b]) => b.queues.length - a.queues.length || b.messages - a.messages)[0] ?? [];
  return leader ? { node: leader, queues: entry.queues } : undefined;
}

function clusterMembers(node) {
  const result = ctl(node, ['cluster_status', '--formatter', 'json'], { allowFailure: true, timeoutMs: 30_000 });
  if (result.status !== 0) return { disk: [], running: [] };
  const status = JSON.parse(result.stdout);
  return { disk: status.disk_nodes ?? [], running: status.running_nodes ?? [] };
}

export async function up() {
  const [first, ...rest] = NODES;
  for (const node of NODES) {
    log(`starting ${node.name} (AMQP ${node.port}, distribution ${node.distPort}, ${node.dir})`);
    await startNode(node);
  }
  for (const node of rest) {
    if (clusterMembers(first).disk.includes(node.name)) continue;
    log(`joining ${node.name} to ${first.name}`);
    ctl(node, ['stop_app']);
    ctl(node, ['reset']);
    ctl(node, ['join_cluster', first.name]);
    ctl(node, ['start_app']);
  }
  const members = clusterMembers(first);
  if (members.running.length !== NODES.length) throw new Error(`cluster formed with ${members.running.join(', ') || 'no nodes'} running`);
  log(`cluster up: ${members.running.join(', ')}; AMQP_URL=${CLUSTER_AMQP_URL}`);
}

export function down() {
  for (const node of NODES) {
    if (running(node)) {
      log(`stopping ${node.name}`);
      ctl(node, ['stop']);
    }
  }
  if (existsSync(BASE_DIR)) rmSync(BASE_DIR, { recursive: true, force: true });
  log(`cluster down, ${BASE_DIR} removed; ${MACHINE_NODE} untouched`);
}

/** Quorum queues with their leader and members, as the cluster reports them. */
export function queues(prefix = '') {
  const node = NODES.find(running);
  if (!node) return [];
  const result = ctl(node, ['list_queues', 'name', 'type', 'leader', 'members', 'messages', '--formatter', 'json']);
  return JSON.parse(result.stdout).filter((queue) => queue.name.startsWith(prefix));
}

export function status() {
  const states = NODES.map((node) => ({ ...node, up: running(node) }));
  for (const node of states) log(`${node.name.padEnd(22)} ${node.up ? 'running' : 'down   '} AMQP 127.0.0.1:${node.port}`);
  const member = states.find((node) => node.up);
  if (member) log(`cluster members running: ${clusterMembers(member).running.join(', ')}`);
  log(`AMQP_URL=${CLUSTER_AMQP_URL}`);
  return states;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [command, argument] = process.argv.slice(2);
  // `leader` and `stop` are for test:cluster: it asks which node to stop, and stops it.
  const byName = (name) => NODES.find((node) => node.name === name) ?? fail(`not one of this cluster's nodes: ${name}`);
  const commands = {
    up,
    down,
    status,
    leader: () => process.stdout.write(`${JSON.stringify(busiestLeader(argument ?? '') ?? null)}\n`),
    stop: () => stopNode(byName(argument)),
  };
  if (!commands[command]) {
    console.error('usage: npm run cluster -- up|down|status');
    process.exit(2);
  }
  try {
    await commands[command]();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
