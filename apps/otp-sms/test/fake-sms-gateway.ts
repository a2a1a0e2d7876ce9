import { OutgoingSms, SmsAccount, SmsApiError, SmsGateway } from '../src/twilio/sms-gateway';

/** The SMS gateway port, in memory: it takes every text unless told to refuse the next ones. */
export class FakeSmsGateway implements SmsGateway {
  readonly sent: Array<OutgoingSms & { sid: string }> = [];
  private readonly refusals: SmsApiError[] = [];

  refuseNext(error: SmsApiError): void {
    this.refusals.push(error);
  }

  textsTo(phone: string): string[] {
    return this.sent.filter((sms) => sms.to === phone).map((sms) => sms.body);
  }

  async send(_account: SmsAccount, sms: OutgoingSms): Promise<{ sid: string; status: string }> {
    const refusal = this.refusals.shift();
    if (refusal) throw refusal;
    const sid = `SM${String(this.sent.length).padStart(32, '0')}`;
    this.sent.push({ ...sms, sid });
    return { sid, status: 'queued' };
  }

  async checkAccount(): Promise<void> {}
}
