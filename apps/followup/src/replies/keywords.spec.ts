import { intentOf } from './keywords';

describe('reply intents', () => {
  it.each([
    ['STOP', 'opt_out'],
    ['stop', 'opt_out'],
    [' Unsubscribe. ', 'opt_out'],
    ['cancel', 'opt_out'],
    ['stop please', 'opt_out'],
    ['START', 'opt_in'],
    ['unstop', 'opt_in'],
    ['YES', 'yes'],
    ['yes please!', 'yes'],
    ['Y', 'yes'],
    ['book it', 'yes'],
    ['Can you stop calling me at work and text instead', 'other'],
    ['what time is it', 'other'],
    ['', 'other'],
  ])('%j is %s', (body, intent) => expect(intentOf(body)).toBe(intent));
});
