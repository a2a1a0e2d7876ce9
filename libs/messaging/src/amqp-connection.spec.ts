import { amqpEndpoints } from './amqp-connection';

describe('amqpEndpoints', () => {
  it('reads one broker URL', () => {
    expect(amqpEndpoints('amqp://guest:guest@127.0.0.1:5672')).toEqual([
      { protocol: 'amqp', hostname: '127.0.0.1', port: 5672, username: 'guest', password: 'guest', vhost: '/' },
    ]);
  });

  it('reads a cluster as several URLs, each with its own port, credentials, vhost and heartbeat', () => {
    const endpoints = amqpEndpoints('amqp://app:p%40ss@10.0.0.1:5701/clinic?heartbeat=10, amqps://app:pw@[::1]');
    expect(endpoints).toEqual([
      { protocol: 'amqp', hostname: '10.0.0.1', port: 5701, username: 'app', password: 'p@ss', vhost: 'clinic', heartbeat: 10 },
      { protocol: 'amqps', hostname: '::1', port: 5671, username: 'app', password: 'pw', vhost: '/' },
    ]);
  });
});
