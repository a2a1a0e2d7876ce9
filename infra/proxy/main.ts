import { startRoundRobin } from './round-robin';

/**
 * `npm start -- --instances N` runs this: MO_PROXY_ROUTES is `port=url|url;port=url|url`, one route per
 * app. Ends on SIGTERM like the apps do.
 */
async function main(): Promise<void> {
  const routes = (process.env.MO_PROXY_ROUTES ?? '').split(';').filter(Boolean).map((route) => {
    const [port, upstreams] = route.split('=');
    return { port: Number(port), upstreams: upstreams!.split('|') };
  });
  if (routes.length === 0) throw new Error('MO_PROXY_ROUTES is empty');
  const servers = await Promise.all(routes.map((route) => startRoundRobin(route, process.env.HOST ?? '0.0.0.0')));
  for (const route of routes) process.stdout.write(`round-robin :${route.port} -> ${route.upstreams.join(', ')}\n`);
  process.once('SIGTERM', () => void Promise.all(servers.map((s) => s.close())).then(() => process.exit(0)));
}

main().catch((error: Error) => {
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
});
