import { startSandbox } from '@infra/testing';
import { DEV_SANDBOX_SECRET, newSandboxAccount, TwilioSandbox } from '@infra/twilio-sandbox';

/** The sandbox's own listing, as the load test and the demo read it. */
let sandbox: TwilioSandbox;
let url: string;
const account = newSandboxAccount(DEV_SANDBOX_SECRET);

beforeAll(async () => {
  ({ sandbox, url } = await startSandbox());
});

afterAll(async () => {
  await sandbox?.stop();
});

const list = async (query: string): Promise<Array<{ body: string }>> => ((await (await fetch(`${url}/sandbox/messages?${query}`)).json()) as { messages: Array<{ body: string }> }).messages;

describe('GET /sandbox/messages with waitMs', () => {
  it('answers as soon as the first text to the number is created, not at the end of the wait', async () => {
    const to = '+13125550190';
    const waiting = list(`to=${encodeURIComponent(to)}&waitMs=20000`);
    let answered = false;
    void waiting.then(() => (answered = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(answered).toBe(false);
    await sendThroughApi(to, '123456 is your code.');
    expect((await waiting).map((m) => m.body)).toEqual(['123456 is your code.']);
  });

  it('answers at once when a text is already there, and with none once the wait runs out', async () => {
    const to = '+13125550191';
    await sendThroughApi(to, 'already here');
    expect((await list(`to=${encodeURIComponent(to)}&waitMs=20000`)).map((m) => m.body)).toEqual(['already here']);
    expect(await list(`to=${encodeURIComponent('+13125550192')}&waitMs=50`)).toEqual([]);
  });
});

/** Sends as otp-sms does: a form POST to the Messages resource with the account's Basic auth. */
async function sendThroughApi(to: string, body: string): Promise<void> {
  const response = await fetch(`${url}/2010-04-01/Accounts/${account.accountSid}/Messages.json`, {
    method: 'POST',
    headers: { authorization: `Basic ${Buffer.from(`${account.accountSid}:${account.authToken}`).toString('base64')}`, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ To: to, From: '+15005550006', Body: body }).toString(),
  });
  expect(response.status).toBe(201);
}
