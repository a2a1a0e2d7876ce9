import { IsId } from '@mo/contracts';

/** The tenant a Twilio webhook is for, named in its path (and proven by its signature). */
export class WebhookParams {
  @IsId() orgId!: string;
}
