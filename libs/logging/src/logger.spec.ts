import { Writable } from 'node:stream';
import { CorrelationContext } from '@mo/context';
import { createLogger } from './logger';
import { NestPinoLogger } from './nest-logger';

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { lines, logger: createLogger('test', 'info', stream) };
}

describe('the logger', () => {
  it('writes JSON with the app, level, time and correlation id', () => {
    const { lines, logger } = capture();
    CorrelationContext.run({ correlationId: 'req-42' }, () => logger.info('hold placed'));
    expect(JSON.parse(lines[0]!)).toMatchObject({ app: 'test', level: 'info', msg: 'hold placed', correlationId: 'req-42', time: expect.any(String) });
  });

  it('scrubs PII from messages, fields and errors, whatever is logged', () => {
    const { lines, logger } = capture();
    logger.info({ caller: { phone: '+1 312 555 0147', note: 'this is Jane Doe, DOB 03/14/1985' } }, 'call from jane.doe@gmail.com');
    logger.error({ err: new Error('card 4111 1111 1111 1111 declined') }, 'payment failed');
    const all = lines.join('\n');
    for (const raw of ['555 0147', 'Jane Doe', '03/14/1985', 'jane.doe@gmail.com', '4111 1111']) expect(all).not.toContain(raw);
    expect(all).toContain('[PHONE]');
    expect(all).toContain('[CREDIT_CARD]');
  });

  it('scrubs what Nest and our classes log through it', () => {
    const { lines, logger } = capture();
    new NestPinoLogger(logger).warn('SMS to +13125550147 failed', 'SmsSender');
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: 'warn', context: 'SmsSender', msg: 'SMS to [PHONE] failed' });
  });
});
