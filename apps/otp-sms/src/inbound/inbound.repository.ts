import { Injectable } from '@nestjs/common';
import { TenantDb } from '@mo/database';

@Injectable()
export class InboundRepository {
  constructor(private readonly db: TenantDb) {}

  /** False when this provider message was recorded before: Twilio retries webhooks. */
  async recordFirst(messageSid: string, at: Date): Promise<boolean> {
    const inserted = await this.db.execute(`INSERT INTO otp_sms.inbound (org_id, message_sid, received_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [
      this.db.orgId,
      messageSid,
      at,
    ]);
    return inserted === 1;
  }
}
