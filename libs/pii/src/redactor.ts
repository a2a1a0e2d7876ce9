import { createHmac } from 'node:crypto';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { Analysis, analyse } from './analysis';
import { addresses, normaliseAddress } from './recognizers/address';
import { datesOfBirth } from './recognizers/dates';
import { emails } from './recognizers/email';
import { cuedIdentifiers } from './recognizers/identifiers';
import { MedicalTerms } from './recognizers/medical';
import { cards, ibans, ipAddresses, ssns } from './recognizers/numbers';
import { people } from './recognizers/person';
import { phones } from './recognizers/phone';
import { Candidate, EntityType, Span } from './types';

/** What a tenant may tune: its own contact details, words never to mask, and extra medical terms. */
export interface RedactionPolicy {
  /** ISO region for numbers without a country code. */
  defaultRegion?: string;
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

/**
 * The PII/PHI engine: pure TypeScript, no I/O. Build one per tenant policy (the medical
 * dictionaries are compiled once) and reuse it; `redact` is synchronous and reentrant.
 */
export class Redactor {
  private readonly region: string;
  private readonly medical: MedicalTerms;
  private readonly allowedPhones: Set<string>;
  private readonly allowedEmails: Set<string>;
  private readonly allowedAddresses: string[];
  private readonly allowedTerms: Set<string>;

  constructor(policy: RedactionPolicy = {}) {
    this.region = policy.defaultRegion ?? 'US';
    this.medical = new MedicalTerms(policy.extraConditions, policy.extraMedications);
    this.allowedPhones = new Set((policy.allow?.phones ?? []).map((p) => parsePhoneNumberFromString(p, this.region as never)?.number ?? p));
    this.allowedEmails = new Set((policy.allow?.emails ?? []).map((e) => e.toLowerCase()));
    this.allowedAddresses = (policy.allow?.addresses ?? []).map(normaliseAddress).filter((a) => a.length > 0);
    this.allowedTerms = new Set((policy.allow?.terms ?? []).map((t) => t.toLowerCase().trim()));
  }

  /** Sorted, non-overlapping spans. */
  find(text: string): Span[] {
    return this.resolve(analyse(text)).map(({ value: _value, ...span }) => span);
  }

  redact(text: string, mask: MaskStyle = { style: 'tag' }): RedactionResult {
    const chosen = this.resolve(analyse(text));
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

  /** Every candidate, minus the allowed ones, reduced to the most confident non-overlapping set. */
  private resolve(a: Analysis): Candidate[] {
    const candidates = [
      ...phones(a, { defaultRegion: this.region }),
      ...emails(a),
      ...ssns(a),
      ...cards(a),
      ...ibans(a),
      ...ipAddresses(a),
      ...datesOfBirth(a),
      ...cuedIdentifiers(a),
      ...people(a),
      ...addresses(a),
      ...this.medical.find(a),
    ].filter((c) => c.end > c.start && !this.allowed(c, a));
    candidates.sort((x, y) => y.confidence - x.confidence || y.end - y.start - (x.end - x.start) || x.start - y.start);
    const chosen: Candidate[] = [];
    for (const c of candidates) {
      if (!chosen.some((k) => k.start < c.end && c.start < k.end)) chosen.push(c);
    }
    return chosen.sort((x, y) => x.start - y.start);
  }

  private allowed(c: Candidate, a: Analysis): boolean {
    if (this.allowedTerms.has(a.lower.slice(c.start, c.end).trim()) || this.allowedTerms.has(c.value)) return true;
    switch (c.type) {
      case 'PHONE':
        return this.allowedPhones.has(c.value.split(';')[0]!);
      case 'EMAIL':
        return this.allowedEmails.has(c.value);
      case 'STREET_ADDRESS':
        return this.allowedAddresses.some((allowed) => allowed.includes(c.value) || c.value.includes(allowed));
      default:
        return false;
    }
  }
}

export function fingerprintOf(key: Buffer | string, type: EntityType, value: string): string {
  return createHmac('sha256', key).update(`${type}|${value}`).digest('hex');
}
