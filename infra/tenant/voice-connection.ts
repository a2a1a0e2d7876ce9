import { DIALECTS, type Platform } from '@mo/voice';

export interface PlatformConnection {
  platform: Platform;
  orgId: string;
  connectionId: string;
  toolsUrl: string;
  eventsUrl: string;
  secret?: string;
  tools: unknown[];
}

/** What connect-platform prints: the two URLs (tool calls reach booking, end-of-call messages redaction), the secret once, the tools. */
export function platformConnection(input: { platform: Platform; orgId: string; connectionId: string; secret: string | undefined; bookingUrl: string; redactionUrl: string }): PlatformConnection {
  const path = `v1/voice/${input.platform}/${input.connectionId}`;
  const urls = { toolsUrl: `${input.bookingUrl.replace(/\/$/, '')}/${path}/tools`, eventsUrl: `${input.redactionUrl.replace(/\/$/, '')}/${path}/events` };
  return {
    platform: input.platform,
    orgId: input.orgId,
    connectionId: input.connectionId,
    ...urls,
    ...(input.secret ? { secret: input.secret } : {}),
    tools: DIALECTS[input.platform].toolDefinitions(urls, input.secret),
  };
}
