// Preload (`node --require`) for profiling one call hop by hop: appends a line per database round
// trip, broker publish and delivery, and HTTP exchange in or out, to $HOP_TRACE_FILE, stamped in
// sub-millisecond wall-clock time shared by every process on the machine. It logs SQL's first words,
// routing keys and paths only: never parameters or bodies, so no PII. Used by `npm run bench:call`
// with BENCH_TRACE=1; not loaded otherwise.
const fs = require('node:fs');
const http = require('node:http');
const { performance } = require('node:perf_hooks');

const fd = fs.openSync(process.env.HOP_TRACE_FILE, 'a');
const app = process.env.HOP_TRACE_APP || String(process.pid);
const now = () => (performance.timeOrigin + performance.now()).toFixed(3);
const mark = (what) => fs.writeSync(fd, `${now()} ${app} ${what}\n`);

const pg = require('pg');
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function (config, values, callback) {
  const text = typeof config === 'string' ? config : (config && config.text) || '';
  const label = text.replace(/\s+/g, ' ').trim().slice(0, 48);
  mark(`pg> ${label}`);
  const cb = typeof values === 'function' ? values : callback;
  if (cb) {
    const wrapped = function (...args) {
      mark(`pg< ${label}`);
      return cb.apply(this, args);
    };
    return typeof values === 'function' ? query.call(this, config, wrapped) : query.call(this, config, values, wrapped);
  }
  const result = query.call(this, config, values);
  if (result && typeof result.then === 'function') result.then(() => mark(`pg< ${label}`), () => mark(`pg! ${label}`));
  return result;
};

const { Channel } = require(require('node:path').join(require('node:path').dirname(require.resolve('amqplib')), 'lib/channel_model.js'));
const publish = Channel.prototype.publish;
Channel.prototype.publish = function (exchange, routingKey, content, options, cb) {
  mark(`amqp> ${exchange || '(default)'} ${routingKey}`);
  return publish.call(this, exchange, routingKey, content, options, cb);
};
const sendToQueue = Channel.prototype.sendToQueue;
Channel.prototype.sendToQueue = function (queue, content, options, cb) {
  mark(`amqp> queue ${queue.startsWith('amq.') ? 'reply' : queue}`);
  return sendToQueue.call(this, queue, content, options, cb);
};
const consume = Channel.prototype.consume;
Channel.prototype.consume = function (queue, onMessage, options) {
  return consume.call(this, queue, (message) => {
    if (message) mark(`amqp< ${message.fields.routingKey || queue}`);
    return onMessage(message);
  }, options);
};

const emit = http.Server.prototype.emit;
http.Server.prototype.emit = function (event, req, res) {
  if (event === 'request') {
    const label = `${req.method} ${req.url.split('?')[0]}`;
    mark(`http< ${label}`);
    res.once('finish', () => mark(`http> ${res.statusCode} ${label}`));
  }
  return emit.apply(this, arguments);
};
const request = http.request;
http.request = function (...args) {
  const req = request.apply(this, args);
  const label = `${req.method} ${req.path.split('?')[0]}`;
  mark(`out> ${label}`);
  req.once('response', () => mark(`out< ${label}`));
  return req;
};
