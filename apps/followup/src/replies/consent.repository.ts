import { Injectable } from '@nestjs/common';
import { TenantDb } from '@mo/database';
import { CallerPhoneHmac } from '@mo/privacy';

@Injectable()
export class ConsentRepository {
  constructor(
    private readonly db: TenantDb,
    private readonly phones: CallerPhoneHmac,
  ) {}

  /** The latest STOP or START of this phone, whether it is stored as the phone or, after an erasure, as its HMAC. */
  async isOptedOut(phone: string): Promise<boolean> {
    const [row] = await this.db.query<{ opted_out: boolean }>(
      `SELECT opted_out FROM (
         SELECT opted_out, updated_at FROM followup.opt_outs WHERE org_id = $1 AND phone = $2
         UNION ALL SELECT opted_out, updated_at FROM followup.erased_opt_outs WHERE org_id = $1 AND phone_hmac = $3
       ) latest ORDER BY updated_at DESC LIMIT 1`,
      [this.db.orgId, phone, this.phones.of(this.db.orgId, phone)],
    );
    return row?.opted_out ?? false;
  }

  /** Records a STOP or START and its effect; false when this provider message was recorded before. */
  async record(messageSid: string, phone: string, action: 'opt_out' | 'opt_in', keyword: string, at: Date): Promise<boolean> {
    const logged = await this.db.execute(
      `INSERT INTO followup.consent_log (org_id, message_sid, phone, action, keyword, at) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`,
      [this.db.orgId, messageSid, phone, action, keyword, at],
    );
    if (logged === 0) return false;
    await this.db.execute(
      `INSERT INTO followup.opt_outs AS o (org_id, phone, opted_out, updated_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (org_id, phone) DO UPDATE SET opted_out = EXCLUDED.opted_out, updated_at = EXCLUDED.updated_at WHERE o.updated_at <= EXCLUDED.updated_at`,
      [this.db.orgId, phone, action === 'opt_out', at],
    );
    return true;
  }
}
