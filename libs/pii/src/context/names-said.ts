/**
 * Names said earlier in the dialogue, by the caller or the agent, are names when said again: "NHS number for Kit?"
 * after "my son Kit", "Penny what?" after the caller's "Penny", "Kowalczyk, got it" after "K O W A L C Z Y K". A
 * later turn gives no cue of its own for a name the speakers already share.
 */
import type { Analysis, Token } from '../analysis';
import { COMMON_WORDS } from '../dictionaries/names';
import type { Candidate } from '../types';
import { isAgent, type Turn } from './dialogue';

/** What the turns before said of names: the name words, the agent's own name (its persona, not personal data), whether the agent spoke. */
export interface Said {
  names: ReadonlySet<string>;
  staff: ReadonlySet<string>;
  agentSpoke: boolean;
  /** The letters of the e-mail local part the turn just before said ("d.healy@..." is "dhealy"): letters spelling part of it next are the address read back, not a name. */
  mail?: string;
}

export const NOTHING_SAID: Said = { names: new Set(), staff: new Set(), agentSpoke: false };

/** The agent introducing itself: "Riverbend Dental, this is Ava", "Zoe speaking", "it's Ava from Riverbend". */
const AGENT_SELF = /\b(?:this is|my name is|my name's|it's|it is)\s+(\p{Lu}\p{Ll}+)(?=\s*(?:[,.!?]|$|\s+(?:from|at|with|here|speaking|and|how)\b))|(?:^|[,.!?]\s*)(\p{Lu}\p{Ll}+)\s+speaking\b/u;

/** The agent's own name in its first turn, lowercase, if it gives one. */
export function agentSelfName(text: string): string | undefined {
  const m = AGENT_SELF.exec(text);
  return m ? (m[1] ?? m[2])!.toLowerCase() : undefined;
}

/** `said` with one more turn: its speaker, its text and the spans found in it. */
export function saidAfter(said: Said, turn: Turn, found: readonly Candidate[]): Said {
  const agent = isAgent(turn.speaker);
  const words = nameWords(found);
  // A name the caller already gave is the caller's, even in the agent's first "this is ..." ("this is Maria, correct?").
  const given = agent && !said.agentSpoke ? agentSelfName(turn.text) : undefined;
  const self = given !== undefined && !said.names.has(given) ? given : undefined;
  const mail = found.find((c) => c.type === 'EMAIL')?.value.split(/@|\s+at\s+/i)[0]?.toLowerCase().replace(/[^\p{L}]/gu, '') || undefined;
  if (words.length === 0 && self === undefined && agent === said.agentSpoke && mail === said.mail) return said;
  return {
    mail,
    names: words.length === 0 ? said.names : new Set([...said.names, ...words]),
    staff: self === undefined ? said.staff : new Set([...said.staff, self]),
    agentSpoke: said.agentSpoke || agent,
  };
}

/** Particles and short words said in names that are no name alone: "van", "de", "la". */
const NO_NAME_ALONE = new Set(['van', 'der', 'den', 'de', 'la', 'le', 'du', 'von', 'del', 'della', 'dos', 'das', 'bin', 'ibn', 'abu', 'al', 'el', 'ben', 'mac', 'ter', 'ten', 'the', 'and']);
/** Words before a month that say it is the month ("in May", "next June"). */
const MONTH_BEFORE = new Set(['in', 'on', 'of', 'since', 'until', 'till', 'by', 'next', 'last', 'this', 'early', 'late', 'mid', 'end', 'from', 'before', 'after', 'during']);
const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
/** What may follow a word-name said again at a sentence's start: "Penny what?", "Summer, lovely.". */
const AFTER_OPENING_NAME = new Set(['what', 'and', 'or']);

/** The name words of a turn's PERSON spans, lowercase: each word of the name, its hyphenated parts too. */
export function nameWords(found: readonly Candidate[]): string[] {
  const out: string[] = [];
  for (const c of found) {
    if (c.type !== 'PERSON') continue;
    for (const word of c.value.toLowerCase().split(/[\s-]+/)) if (word.length >= 3 && !NO_NAME_ALONE.has(word)) out.push(word);
  }
  return out;
}

const isWordToken = (t: Token | undefined): t is Token => t !== undefined && t.kind === 'word';
const capitalised = (t: Token) => t.text[0] !== t.lower[0];

/** Whether token `k` opens a sentence: the turn's first word, or after ".", "?", "!". */
function opensSentence(t: readonly Token[], k: number): boolean {
  const prev = t[k - 1];
  return prev === undefined || prev.text === '.' || prev.text === '?' || prev.text === '!';
}

/**
 * The words of `a` that say again a name of `a.said`, not inside a span of `found`: a word-name ("Hope", "Kit", "Summer")
 * only capitalised, not opening a sentence unless the name closes it ("Summer, lovely."), and a month only where no date
 * is said. A hyphenated name is taken whole ("McKenzie-Rao").
 */
export function namesSaidAgain(a: Analysis, found: readonly Candidate[]): Candidate[] {
  const said = a.said?.names;
  if (said === undefined || said.size === 0) return [];
  const t = a.tokens;
  const out: Candidate[] = [];
  for (let k = 0; k < t.length; k++) {
    const w = t[k]!;
    if (w.kind !== 'word') continue;
    const lower = w.lower.endsWith("'s") ? w.lower.slice(0, -2) : w.lower;
    if (!said.has(lower) || a.said!.staff.has(lower)) continue;
    if (COMMON_WORDS.has(lower) || MONTHS.has(lower)) {
      if (!capitalised(w)) continue;
      const next = t[k + 1];
      if (opensSentence(t, k) && next !== undefined && next.kind !== 'punct' && !AFTER_OPENING_NAME.has(next.lower)) continue;
      if (MONTHS.has(lower) && (MONTH_BEFORE.has(t[k - 1]?.lower ?? '') || next?.kind === 'number' || /^\d|(?:st|nd|rd|th)$/.test(next?.lower ?? ''))) continue;
    }
    // The whole hyphenated name the word is part of: "McKenzie-Rao", "Ji-hoon".
    let first = k;
    let last = k;
    while (t[first - 1]?.text === '-' && isWordToken(t[first - 2]) && t[first - 1]!.start === t[first - 2]!.end && t[first - 1]!.end === t[first]!.start) first -= 2;
    while (t[last + 1]?.text === '-' && isWordToken(t[last + 2]) && t[last + 1]!.start === t[last]!.end && t[last + 1]!.end === t[last + 2]!.start) last += 2;
    const start = t[first]!.start;
    const end = t[last]!.lower.endsWith("'s") ? t[last]!.end - 2 : t[last]!.end;
    if (found.some((f) => f.start < end && start < f.end) || out.some((f) => f.start < end && start < f.end)) continue;
    out.push({ type: 'PERSON', start, end, rule: 'person.said_before', confidence: 0.86, value: a.lower.slice(start, end) });
    k = last;
  }
  return out;
}

/**
 * The name words said in a dialogue's turns, each turn read once with those before it: kept per turn object (with the turn
 * it followed), so a dialogue redacted turn by turn, each with all the turns before it, reads each earlier turn once.
 */
export class SaidNames {
  private readonly cache = new WeakMap<Turn, { after: Turn | undefined; said: Said }>();

  /** What `context` said of names; `read` finds one turn's spans given the turns before it and what they said. */
  before(context: readonly Turn[] | undefined, read: (turn: Turn, before: readonly Turn[], said: Said) => readonly Candidate[]): Said {
    let said = NOTHING_SAID;
    if (!context) return said;
    for (let j = 0; j < context.length; j++) {
      const turn = context[j]!;
      const after = j > 0 ? context[j - 1] : undefined;
      const cached = this.cache.get(turn);
      if (cached && cached.after === after) {
        said = cached.said;
        continue;
      }
      said = saidAfter(said, turn, read(turn, context.slice(0, j), said));
      this.cache.set(turn, { after, said });
    }
    return said;
  }

  /** Keeps what `turn`, read after `context` (already kept or read), said: the spans `found` in it. */
  remember(turn: Turn, context: readonly Turn[], found: readonly Candidate[]): void {
    const after = context.at(-1);
    const before = after === undefined ? NOTHING_SAID : this.cache.get(after)?.said;
    if (before !== undefined) this.cache.set(turn, { after, said: saidAfter(before, turn, found) });
  }
}

/**
 * Whether the PERSON span `c` is the agent's own name: said by the agent introducing itself in its first turn, or the name
 * it gave said again ("hi Saoirse"). The agent is the clinic's AI receptionist: its persona's name is nobody's data.
 */
export function agentsOwnName(a: Analysis, c: Candidate): boolean {
  const value = c.value.toLowerCase();
  if (a.said?.staff.has(value)) return true;
  return a.agent && !(a.said?.agentSpoke ?? false) && !(a.said?.names.has(value) ?? false) && agentSelfName(a.text) === value;
}
