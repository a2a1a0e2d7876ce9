import { Injectable } from '@nestjs/common';
import { TenantDb } from '@mo/database';

export interface SealedCredentials {
  accountSid: string;
  authTokenSealed: Buffer;
  fromNumber: string;
  dailySmsCap: number;
  clinicName: string;
}

@Injectable()
export class CredentialsRepository {
  constructor(private readonly db: TenantDb) {}

  async find(): Promise<SealedCredentials | undefined> {
    const [row] = await this.db.query<{ account_sid: string; auth_token_sealed: Buffer; from_number: string; daily_sms_cap: number; name: string }>(
      `SELECT a.account_sid, a.auth_token_sealed, a.from_number, a.daily_sms_cap, o.name
         FROM otp_sms.twilio_accounts a JOIN tenancy.orgs o ON o.org_id = a.org_id
        WHERE a.org_id = $1`,
      [this.db.orgId],
    );
    return (
      row && {
        accountSid: row.account_sid,
        authTokenSealed: row.auth_token_sealed,
        fromNumber: row.from_number,
        dailySmsCap: row.daily_sms_cap,
        clinicName: row.name,
      }
    );
  }
}
