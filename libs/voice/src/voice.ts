/** What every dialect parses to and formats from: the platforms' shapes end at this line. */

export const PLATFORMS = ['vapi', 'retell', 'elevenlabs'] as const;
export type Platform = (typeof PLATFORMS)[number];

export const isPlatform = (value: unknown): value is Platform => typeof value === 'string' && (PLATFORMS as readonly string[]).includes(value);

/** One tool call as the model made it. `id` is the platform's tool-call id when it has one. */
export interface ToolCall {
  id?: string;
  name: string;
  args: Record<string, unknown>;
}

/** The live call a request belongs to. The platform's call id is our `callId`. */
export interface CallRef {
  callId: string;
  /** The caller's number as the platform saw it (caller id), when it sent one. */
  callerPhone?: string;
}

export interface ToolRequest {
  call: CallRef;
  /** In the platform's order; answered in the same order. */
  calls: ToolCall[];
}

/** Parsing either finds tool calls, finds a message that is not one (answered 200 and ignored), or finds a malformed body. */
export type ParsedTools = { type: 'tools'; request: ToolRequest } | { type: 'ignored'; what: string } | { type: 'malformed'; problem: string };

/** A tool's answer: one speakable line, and structured fields for platforms that read them. */
export interface Answer {
  ok: boolean;
  say: string;
  fields?: Record<string, unknown>;
  /** Nothing was decided (a service did not answer, the code is still on its way): a repeat runs again instead of replaying this. */
  transient?: boolean;
}

export type Speaker = 'agent' | 'caller';

export interface Turn {
  speaker: Speaker;
  text: string;
  at: Date;
}

export interface EndOfCall {
  callId: string;
  callerPhone?: string;
  turns: Turn[];
}

export type ParsedEvent = { type: 'ended'; call: EndOfCall } | { type: 'ignored'; what: string } | { type: 'malformed'; problem: string };

/** What a request to one of our voice URLs carries for verification. */
export interface SignedRequest {
  headers: Record<string, string | string[] | undefined>;
  rawBody: Buffer;
  now: Date;
}

/**
 * What a connection keeps to check a platform's credential: the SHA-256 of the secret we issued
 * (Vapi, ElevenLabs tool calls) and the key the platform signs with (Retell's API key, ElevenLabs'
 * webhook secret, Vapi's optional webhook secret), opened from its sealed form.
 */
export interface ConnectionSecrets {
  secretSha256?: Buffer;
  signingKey?: string;
}

export type Verdict = 'valid' | 'missing' | 'stale' | 'mismatch';

/** Where the platform sends tool calls, and where end-of-call messages go. */
export interface ConnectionUrls {
  toolsUrl: string;
  eventsUrl: string;
}

export interface Dialect {
  readonly platform: Platform;
  parseTools(body: unknown): ParsedTools;
  /** The HTTP 200 body for these answers, in the order of the calls. */
  formatAnswers(answers: ReadonlyArray<{ call: ToolCall; answer: Answer }>): unknown;
  parseEvent(body: unknown, now: Date): ParsedEvent;
  verify(kind: 'tools' | 'events', request: SignedRequest, secrets: ConnectionSecrets): Verdict;
  /** The tool definitions to paste into the platform, in its own format. */
  toolDefinitions(urls: ConnectionUrls, secret?: string): unknown[];
}

/** What a connection's signing key is sealed for: its own purpose, bound to the tenant and the connection. */
export const signingKeyOwner = (orgId: string, connectionId: string): string => `voice:${orgId}:${connectionId}`;
