import { createServer, Server } from 'node:http';
import type { FastifyInstance } from 'fastify';
import { freePort } from '@mo/testing';
import { startRoundRobin } from '../round-robin';

/** An upstream that answers with its name and the body it received. */
function upstream(name: string): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      response.writeHead(201, { 'content-type': 'application/json', 'x-upstream': name });
      response.end(JSON.stringify({ name, method: request.method, url: request.url, body, auth: request.headers.authorization }));
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${(server.address() as { port: number }).port}` })));
}

let upstreams: Array<{ server: Server; url: string }>;
let proxy: FastifyInstance;
let port: number;

beforeAll(async () => {
  upstreams = await Promise.all([upstream('a'), upstream('b')]);
  port = await freePort();
  proxy = await startRoundRobin({ port, upstreams: upstreams.map((u) => u.url) });
});

afterAll(async () => {
  await proxy?.close();
  for (const { server } of upstreams ?? []) server.close();
});

describe('the round-robin proxy of npm start --instances', () => {
  it('hands requests to each instance in turn, passing method, path, query, headers, body and status through', async () => {
    const answers: Array<{ name: string }> = [];
    for (let i = 0; i < 4; i++) {
      const response = await fetch(`http://127.0.0.1:${port}/v1/holds?i=${i}`, {
        method: 'POST',
        headers: { authorization: 'Bearer key', 'content-type': 'application/json' },
        body: JSON.stringify({ i }),
      });
      expect(response.status).toBe(201);
      answers.push((await response.json()) as { name: string });
    }
    expect(answers.map((a) => a.name)).toEqual(['a', 'b', 'a', 'b']);
    expect(answers[1]).toEqual({ name: 'b', method: 'POST', url: '/v1/holds?i=1', body: '{"i":1}', auth: 'Bearer key' });
  });
});
