export type ReplyIntent = 'opt_out' | 'opt_in' | 'yes' | 'other';

/** The carrier-standard opt-out and opt-in words, matched on the whole message as carriers do. */
const OPT_OUT = new Set(['STOP', 'STOPALL', 'UNSUBSCRIBE', 'CANCEL', 'END', 'QUIT', 'OPTOUT', 'REVOKE']);
const OPT_IN = new Set(['START', 'UNSTOP']);
const YES = new Set(['YES', 'Y', 'YEAH', 'YEP', 'YUP', 'BOOK', 'CONFIRM', 'SURE', 'OK', 'OKAY']);

/** What a caller's text asks for. Pure. */
export function intentOf(body: string): ReplyIntent {
  const words = body.toUpperCase().replace(/[^A-Z\s]/g, ' ').trim().split(/\s+/).filter(Boolean);
  const whole = words.join('');
  if (OPT_OUT.has(whole) || (words.length <= 2 && OPT_OUT.has(words[0] ?? ''))) return 'opt_out';
  if (OPT_IN.has(whole)) return 'opt_in';
  if (words.length > 0 && words.length <= 4 && YES.has(words[0]!)) return 'yes';
  return 'other';
}
