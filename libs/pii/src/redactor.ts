import { createHmac } from 'node:crypto';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { Analysis, analyse, analyseEdited, Edit, ReadingContext } from './analysis';
import { addresses, normaliseAddress } from './recognizers/address';
import { saysClinicAddress } from './recognizers/clinic-spoken';
import { widenAddresses } from './recognizers/address-extent';
import { datesOfBirth } from './recognizers/dates';
import { emails } from './recognizers/email';
import { cuedIdentifiers } from './recognizers/identifiers';
import { MedicalTerms } from './recognizers/medical';
import { cards, ibans, ipAddresses, ssns } from './recognizers/numbers';
import { people } from './recognizers/person';
import { nameBeforeDetail } from './recognizers/name-before-detail';
import { nameAfterDetail } from './recognizers/name-after-detail';
import { phones } from './recognizers/phone';
import { Candidate, EntityType, Span } from './types';
import { asksBefore, isAgent, segments, Turn } from './context/dialogue';
import { aboutTheClinic } from './recognizers/clinic';
import { postalCodes } from './recognizers/postal';
import { saidAgain } from './recognizers/repeats';
import { dictatedParts } from './recognizers/fragments';
import { PhoneVerdicts } from './recognizers/phone';
import { besideDigits } from './beside-digits';
import { NOTHING_SAID, Said, saidAfter, SaidNames } from './context/names-said';

/** What a tenant may tune: its country, its own contact details, words never to mask, and extra medical terms. */
export interface RedactionPolicy {
  /** The clinic's country (ISO 3166 alpha-2): national phone formats and postcodes are read as its. Default US. */
  country?: string;
  allow?: { phones?: string[]; emails?: string[]; addresses?: string[]; terms?: string[] };
  extraConditions?: string[];
  extraMedications?: string[];
}

/**
 * `tag` writes `[PHONE]`; `pseudonym` writes `[PHONE_3fa9c2e81b07]`, stable per tenant key, so the
 * same caller links across transcripts without the value. With a key, every span also gets its
 * fingerprint (for audit trails), whatever the style.
 */
export type MaskStyle = { style: 'tag'; key?: Buffer | string } | { style: 'pseudonym'; key: Buffer | string };

export interface RedactedSpan extends Span {
  /** HMAC-SHA256 of the normalised value under the given key: links equal values without revealing them. */
  fingerprint?: string;
}

export interface RedactionResult {
  text: string;
  spans: RedactedSpan[];
}

export interface RedactOptions {
  mask?: MaskStyle;
  /** The caller's clock: birth years after it are no birth years. Without it, no rule depends on the date. */
  now?: Date;
  /** Who says `text` (`agent`, `caller`, ...). */
  speaker?: string;
  /** The turns before this one, oldest first: a question there cues the answer here. */
  context?: readonly Turn[];
}

/**
 * The PII/PHI engine: pure TypeScript, no I/O. Build one per tenant policy (the medical
 * dictionaries are compiled once) and reuse it; `redact` is synchronous and reentrant.
 */
export class Redactor {
  private readonly country: string;
  private readonly phoneVerdicts: PhoneVerdicts;
  private readonly medical: MedicalTerms;
  private readonly allowedPhones: Set<string>;
  private readonly allowedEmails: Set<string>;
  private readonly allowedAddresses: string[];
  private readonly allowedTerms: Set<string>;
  private readonly saidNames = new SaidNames();

  constructor(policy: RedactionPolicy = {}) {
    this.country = (policy.country ?? 'US').toUpperCase();
    this.phoneVerdicts = new PhoneVerdicts(this.country);
    this.medical = new MedicalTerms(policy.extraConditions, policy.extraMedications);
    this.allowedPhones = new Set((policy.allow?.phones ?? []).map((p) => parsePhoneNumberFromString(p, this.country as never)?.number ?? p));
    this.allowedEmails = new Set((policy.allow?.emails ?? []).map((e) => e.toLowerCase()));
    this.allowedAddresses = (policy.allow?.addresses ?? []).map(normaliseAddress).filter((a) => a.length > 0);
    this.allowedTerms = new Set((policy.allow?.terms ?? []).map((t) => t.toLowerCase().trim()));
  }

  /** Sorted, non-overlapping spans. */
  find(text: string, options: RedactOptions = {}): Span[] {
    return this.candidates(text, options).map(({ value: _value, ...span }) => span);
  }

  /** Each turn redacted with the turns before it as context. */
  redactDialogue(turns: readonly Turn[], options: Omit<RedactOptions, 'speaker' | 'context'> = {}): RedactionResult[] {
    // Every turn back: a name said at the call's start is one again later (the asks look six turns back at most).
    return turns.map((turn, i) => {
      const context = turns.slice(0, i);
      const chosen = this.candidates(turn.text, { ...options, speaker: turn.speaker, context });
      // What the turn said of names is what the next turn's reading needs: kept, so no turn is read twice.
      this.saidNames.remember(turn, context, chosen);
      return masked(turn.text, chosen, options.mask);
    });
  }

  redact(text: string, options: RedactOptions = {}): RedactionResult {
    return masked(text, this.candidates(text, options), options.mask);
  }

  /**
   * A text of `Agent:`/`Caller:` lines is read as a dialogue, turn by turn, each with the turns
   * before it; otherwise the text is one turn of `options.speaker` after `options.context`.
   */
  private candidates(text: string, options: RedactOptions): Candidate[] {
    const parts = segments(text);
    if (parts.length === 1 && parts[0]!.start === 0 && parts[0]!.end === text.length) {
      return this.turn(text, { asked: asksBefore(options.context, options.speaker), agent: isAgent(options.speaker), now: options.now, said: this.said(options.context, options.now) });
    }
    const context: Turn[] = [...(options.context ?? [])];
    let said = this.said(options.context, options.now) ?? NOTHING_SAID;
    const out: Candidate[] = [];
    for (const part of parts) {
      const turn = text.slice(part.start, part.end);
      const speaker = part.speaker ?? options.speaker;
      const found = this.turn(turn, { asked: asksBefore(context, speaker), agent: isAgent(speaker), now: options.now, said });
      for (const c of found) out.push({ ...c, start: c.start + part.start, end: c.end + part.start });
      said = saidAfter(said, { speaker, text: turn }, found);
      context.push({ speaker, text: turn });
    }
    return out;
  }

  /** The name words said in `context`, each turn read with the turns before it (once per turn: see `SaidNames`). */
  private said(context: readonly Turn[] | undefined, now: Date | undefined): Said | undefined {
    if (!context || context.length === 0) return undefined;
    return this.saidNames.before(context, (turn, before, said) => this.turn(turn.text, { asked: asksBefore(before, turn.speaker), agent: isAgent(turn.speaker), now, said }));
  }

  /**
   * One turn's spans, read again on its own masked text while a span cut a number short (digits
   * said on either side of it): what the first reading left beside a mask is what a second
   * redaction would read, so redacting the output changes nothing. Rare; at most three rounds.
   */
  private turn(text: string, context: ReadingContext): Candidate[] {
    const first = analyse(text, context);
    let chosen = this.resolve(first);
    for (let round = 0; round < 3 && chosen.some((c) => besideDigits(text, c)); round++) {
      const masked = maskForRereading(text, chosen);
      // The masked text's tokens are the first reading's away from the masks: only the stretch around each is read again.
      const more = this.resolve(analyseEdited(first, masked.text, masked.edits, context)).flatMap((c) => masked.back(c) ?? []);
      if (more.length === 0) break;
      chosen = [...chosen, ...more].sort((x, y) => x.start - y.start);
    }
    return chosen;
  }

  /**
   * Every candidate, minus the allowed ones, reduced to the most confident non-overlapping set.
   * A rule added to a recognizer below that loops over every token to find where it starts should declare its first
   * word's test with `startWord` (starts.ts) and loop over `startsOf(tokens, start)`: the starts of every rule are
   * gathered in one pass a reading, so a new rule costs the positions it visits, not another pass over the turn.
   */
  private resolve(a: Analysis): Candidate[] {
    const found = [
      phones(a, this.phoneVerdicts),
      emails(a),
      ssns(a),
      cards(a),
      ibans(a),
      ipAddresses(a),
      datesOfBirth(a, this.country),
      postalCodes(a, this.country),
      cuedIdentifiers(a),
      dictatedParts(a),
      people(a),
      addresses(a, this.country),
      this.medical.find(a),
    ];
    // The clinic's own details (allowed, or spoken of as the clinic's by its agent), and its address said whole: nothing
    // inside them (the town read as a name, the postcode, digits read as another number) is the caller's.
    const clinic = this.allowedAddresses.length > 0 ? clinicAddressRanges(a.text, this.allowedAddresses) : [];
    const kept: Candidate[] = [];
    for (const list of found) {
      for (const c of list) {
        if (c.end <= c.start) continue;
        if (this.allowed(c, a) || (a.agent && aboutTheClinic(a, c))) clinic.push(c);
        else kept.push(c);
      }
    }
    const candidates = clinic.length === 0 ? kept : kept.filter((c) => !clinic.some((r) => r.start < c.end && c.start < r.end));
    candidates.sort((x, y) => y.confidence - x.confidence || y.end - y.start - (x.end - x.start) || x.start - y.start);
    const chosen: Candidate[] = [];
    const taken = takenScratch(a.text.length);
    for (const c of candidates) {
      // (Past the text's ends nothing is free, as in a buffer of the text's length.)
      let free = c.start >= 0 && c.end <= a.text.length;
      for (let i = c.start; i < c.end && free; i++) free = taken[i] === 0;
      if (!free) continue;
      taken.fill(1, c.start, c.end);
      chosen.push(c);
    }
    for (const c of chosen) taken.fill(0, c.start, c.end);
    // "Minh sore gums": a name opening the turn is read on what the other recognizers found after it.
    const named = [...nameBeforeDetail(a, chosen), ...nameAfterDetail(a, chosen)].filter((c) => !clinic.some((r) => r.start < c.end && c.start < r.end));
    for (const c of named) {
      // It may read whole a name found in part, or one whose given name is a medicine's ("Yasmin Al-Hashimi"): the part gives way.
      const part = chosen.findIndex((p) => (p.type === 'PERSON' || p.type === 'MEDICATION') && p.start >= c.start && p.end <= c.end);
      if (part >= 0) chosen.splice(part, 1);
      chosen.push(c);
    }
    // A value corrected or given for a second person after an identifier is one of its kind; found only beside free text.
    if (chosen.length > 0 && a.runs.length > 1) chosen.push(...saidAgain(a, chosen).filter((c) => !clinic.some((r) => r.start < c.end && c.start < r.end)));
    return widenAddresses(a.text, chosen.sort((x, y) => x.start - y.start));
  }

  private allowed(c: Candidate, a: Analysis): boolean {
    if (this.allowedTerms.size > 0 && (this.allowedTerms.has(a.lower.slice(c.start, c.end).trim()) || this.allowedTerms.has(c.value))) return true;
    switch (c.type) {
      case 'PHONE':
        return this.allowedPhones.has(c.value.split(';')[0]!);
      case 'EMAIL':
        return this.allowedEmails.has(c.value);
      case 'STREET_ADDRESS':
        return this.allowedAddresses.some((allowed) => allowed.includes(c.value) || c.value.includes(allowed)) || saysClinicAddress(a, c, this.allowedAddresses);
      // The clinic's own postcode, said by its agent ("It's R3M 1W5." when asked for the office's).
      case 'POSTAL_CODE':
        return a.agent && c.value.length > 5 && this.allowedAddresses.some((allowed) => allowed.includes(c.value.slice(c.value.indexOf(':') + 1).toLowerCase()));
      default:
        return false;
    }
  }
}

/** One zeroed buffer for `resolve`'s taken characters, grown as needed and left zeroed: a typed array made per reading cost more than the choosing. */
let taken = new Uint8Array(4096);
function takenScratch(length: number): Uint8Array {
  if (taken.length < length) taken = new Uint8Array(Math.max(length, 2 * taken.length));
  return taken;
}

/** `text` with the chosen spans masked in `mask`'s style, and the spans (with fingerprints under a key). */
function masked(text: string, chosen: readonly Candidate[], style: MaskStyle | undefined): RedactionResult {
  const mask = style ?? { style: 'tag' };
  let out = '';
  let at = 0;
  const spans: RedactedSpan[] = [];
  for (const candidate of chosen) {
    const { value, ...span } = candidate;
    const fingerprint = mask.key !== undefined ? fingerprintOf(mask.key, span.type, value) : undefined;
    out += text.slice(at, span.start) + (mask.style === 'pseudonym' && fingerprint ? `[${span.type}_${fingerprint.slice(0, 12)}]` : `[${span.type}]`);
    at = span.end;
    spans.push(fingerprint ? { ...span, fingerprint } : span);
  }
  return { text: out + text.slice(at), spans };
}

/** The text with the chosen spans masked, and the way back from a span of it to the original offsets (none if it touches a mask). */
function maskForRereading(text: string, chosen: readonly Candidate[]): { text: string; edits: Edit[]; back: (c: Candidate) => Candidate | undefined } {
  let out = '';
  let at = 0;
  const tags: Array<{ start: number; end: number; shift: number }> = [];
  const edits: Edit[] = [];
  for (const c of chosen) {
    out += text.slice(at, c.start);
    const tag = `[${c.type}]`;
    edits.push({ start: c.start, end: c.end, length: tag.length });
    tags.push({ start: out.length, end: out.length + tag.length, shift: c.end - c.start - tag.length });
    out += tag;
    at = c.end;
  }
  out += text.slice(at);
  return {
    text: out,
    edits,
    back: (c) => {
      if (tags.some((t) => c.start < t.end && t.start < c.end)) return undefined;
      const shift = tags.filter((t) => t.end <= c.start).reduce((n, t) => n + t.shift, 0);
      return { ...c, start: c.start + shift, end: c.end + shift };
    },
  };
}

/** Where the text says one of the clinic's addresses whole, compared as `normaliseAddress` compares (letters and digits only). */
export function clinicAddressRanges(text: string, addresses: readonly string[]): Array<{ start: number; end: number }> {
  // Most turns say no part of it: its first letters or digits must be in the text before the text is flattened.
  const lower = text.toLowerCase();
  if (!addresses.some((address) => lower.includes(address.slice(0, 3)))) return [];
  if (/^[\x00-\x7f]*$/.test(text)) return asciiAddressRanges(lower, addresses, text);
  // Past ASCII, a letter or digit is one character of the flattened text that no ASCII address holds, so the hand search
  // holds too while every address is ASCII and no character lowercases to ASCII ("K", the Kelvin sign) or to two ("İ").
  return addresses.every((address) => /^[a-z0-9]*$/.test(address)) && !/[\u0130\u212a]/.test(text) ? asciiAddressRanges(lower, addresses, text) : flattenedAddressRanges(text, addresses);
}

/** `clinicAddressRanges` on any text: the text flattened to its letters and digits, lowercase, each searched in it. */
export function flattenedAddressRanges(text: string, addresses: readonly string[]): Array<{ start: number; end: number }> {
  let flat = '';
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // ASCII decided by its code; anything past it by the regex (a surrogate half alone matches neither, as before).
    if (code < 128 ? !((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)) : !/[\p{L}\p{N}]/u.test(text[i]!)) continue;
    flat += text[i]!.toLowerCase();
    at.push(i);
  }
  const out: Array<{ start: number; end: number }> = [];
  for (const address of addresses) {
    for (let i = flat.indexOf(address); i !== -1; i = flat.indexOf(address, i + 1)) out.push({ start: at[i]!, end: at[i + address.length - 1]! + 1 });
  }
  return out;
}

const isAsciiAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 97 && c <= 122);
/** A character past ASCII that the flattened text keeps (a letter or digit); a surrogate half alone is neither, as there. */
const keptPastAscii = (text: string, j: number) => /[\p{L}\p{N}]/u.test(text[j]!);

/**
 * `clinicAddressRanges` for a text whose letters and digits past ASCII match no address character, given lowercase
 * (as long as the text): each address matched from each letter or digit of the text, skipping what is neither, in the
 * order (and overlaps) the flattened text's `indexOf` finds, without building the flattened text. A kept character
 * past ASCII ends the match there, as it would in the flattened text.
 */
function asciiAddressRanges(lower: string, addresses: readonly string[], text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const address of addresses) {
    if (address.length === 0) continue;
    const head = address.charCodeAt(0);
    for (let i = 0; i < lower.length; i++) {
      if (lower.charCodeAt(i) !== head) continue;
      let j = i;
      let k = 0;
      let last = i;
      while (k < address.length && j < lower.length) {
        const c = lower.charCodeAt(j);
        if (isAsciiAlnum(c)) {
          if (c !== address.charCodeAt(k)) break;
          last = j;
          k++;
        } else if (c >= 128 && keptPastAscii(text, j)) break;
        j++;
      }
      if (k === address.length) out.push({ start: i, end: last + 1 });
    }
  }
  return out;
}

export function fingerprintOf(key: Buffer | string, type: EntityType, value: string): string {
  return createHmac('sha256', key).update(`${type}|${value}`).digest('hex');
}
