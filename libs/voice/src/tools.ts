/**
 * The tools every platform offers the agent, written once: name, what the model reads, and a JSON
 * schema of the arguments. Each dialect prints them in its own format; booking has one handler per
 * name. Adding a tool is one entry here plus its handler.
 */

export interface ArgSpec {
  type: 'string';
  description: string;
  enum?: readonly string[];
}

export interface ToolSpec {
  name: string;
  description: string;
  args: Readonly<Record<string, ArgSpec>>;
  required: readonly string[];
  /**
   * A repeat in the same call with the same arguments within 10 minutes returns the first answer and
   * does nothing again (the same tool-call id always does). On for the tools a repeat would apply
   * twice; off where a later call with the same (or no) arguments is a new request: times asked
   * again, another code, releasing a hold placed since.
   */
  oncePerArgs: boolean;
}

const text = (description: string): ArgSpec => ({ type: 'string', description });

export const TOOLS = [
  {
    name: 'check_availability',
    description: "Up to three free times for an appointment type, in the clinic's time zone. Call before offering times.",
    args: {
      appointmentType: text('The kind of appointment, as the caller said it (e.g. "cleaning") or its id'),
      date: text('YYYY-MM-DD, "today", "tomorrow", a weekday, or "next <weekday>"'),
      partOfDay: { type: 'string', description: 'Only this part of the day', enum: ['morning', 'afternoon', 'evening'] },
      practitioner: text('Only this practitioner, by name (e.g. "Dr Lee") or id'),
    },
    required: ['appointmentType'],
    oncePerArgs: false,
  },
  {
    name: 'hold_slot',
    description: 'Holds one of the offered times for this caller and texts them a six-digit code.',
    args: {
      startsAt: text('The startsAt of an offered time: an ISO instant, or clinic-local "YYYY-MM-DD HH:mm"'),
      appointmentType: text('The kind of appointment, by name or id'),
      practitioner: text("The practitioner of the offered time, by name or id; any who is free if left out"),
      firstName: text("The caller's first name"),
      phone: text("The number to text, in E.164; the caller id if left out"),
    },
    required: ['startsAt', 'appointmentType'],
    oncePerArgs: true,
  },
  {
    name: 'confirm_booking',
    description: "Confirms the held time, or the caller's pending cancel or move, with the six-digit code the caller reads from the text message.",
    args: { code: text('The six digits the caller read out') },
    required: ['code'],
    oncePerArgs: true,
  },
  { name: 'resend_code', description: 'Texts a new code for the held time; the old one stops working.', args: {}, required: [], oncePerArgs: false },
  { name: 'cancel_hold', description: 'Releases the held time when the caller changes their mind.', args: {}, required: [], oncePerArgs: false },
  {
    name: 'caller_context',
    description: 'What a returning caller was doing last time, in one sentence, so you can greet them with it.',
    args: {},
    required: [],
    oncePerArgs: false,
  },
  {
    name: 'find_appointments',
    description: "The caller's upcoming appointments, soonest first, in one sentence.",
    args: {},
    required: [],
    oncePerArgs: false,
  },
  {
    name: 'cancel_appointment',
    description: "Starts cancelling one of the caller's appointments and texts a six-digit code to the phone on the booking; confirm_booking with that code cancels it.",
    args: { which: text('The bookingId from find_appointments, or "next" for the soonest; "next" if left out') },
    required: [],
    oncePerArgs: true,
  },
  {
    name: 'reschedule_appointment',
    description: "Moves one of the caller's appointments: holds the new time at once and texts a six-digit code; confirm_booking with that code moves it. The old time stays booked until then.",
    args: {
      which: text('The bookingId from find_appointments, or "next" for the soonest; "next" if left out'),
      startsAt: text('The new time: an ISO instant, or clinic-local "YYYY-MM-DD HH:mm"'),
    },
    required: ['startsAt'],
    oncePerArgs: true,
  },
] as const satisfies readonly ToolSpec[];

export type ToolName = (typeof TOOLS)[number]['name'];

export type Tool = (typeof TOOLS)[number];

const BY_NAME = new Map<string, Tool>(TOOLS.map((t) => [t.name, t]));

export const toolSpec = (name: string): Tool | undefined => BY_NAME.get(name);

/** JSON schema of a tool's arguments, as all three platforms take it. */
export function argsSchema(spec: ToolSpec, extra: Record<string, unknown> = {}) {
  return {
    type: 'object',
    properties: { ...Object.fromEntries(Object.entries(spec.args).map(([k, v]) => [k, { ...v }])), ...extra },
    required: [...spec.required],
  };
}

export type ToolArgs = Record<string, string | undefined>;

/**
 * A tool call's arguments checked against its spec: strings of at most 200 characters (numbers are
 * taken as their digits, since models say codes as numbers), enums as listed, required ones present.
 * Unknown arguments are dropped. A problem names the argument, so the answer can ask for it.
 */
export function readArgs(spec: ToolSpec, raw: Record<string, unknown>): { ok: true; args: ToolArgs } | { ok: false; arg: string; problem: 'missing' | 'invalid' } {
  const args: ToolArgs = {};
  for (const [name, arg] of Object.entries(spec.args)) {
    const value = raw[name];
    if (value === undefined || value === null || value === '') continue;
    const str = typeof value === 'number' && Number.isFinite(value) ? String(value) : value;
    if (typeof str !== 'string' || str.length > 200) return { ok: false, arg: name, problem: 'invalid' };
    const trimmed = str.trim();
    if (arg.enum && !arg.enum.includes(trimmed.toLowerCase())) return { ok: false, arg: name, problem: 'invalid' };
    if (trimmed) args[name] = arg.enum ? trimmed.toLowerCase() : trimmed;
  }
  const missing = spec.required.find((name) => args[name] === undefined);
  return missing ? { ok: false, arg: missing, problem: 'missing' } : { ok: true, args };
}
