import { Analysis } from '../analysis';
import { Candidate } from '../types';
import { LICENCE_ISSUERS } from '../dictionaries/licence-formats';
import { namesSomethingElse, tokenAt } from './context';
import { startsOf, startWord } from '../starts';

/** Who issues driving licences, as callers name them, each name with its issuer's shapes. */
const ISSUERS = LICENCE_ISSUERS.flatMap((issuer) => issuer.names.map((words) => ({ words, shape: issuer.shape })));

export type ValueReader = (a: Analysis, i: number) => { last: number; digits: number; text: string } | undefined;

/**
 * "it's a california one B7731902", "New York one, 492 817 336", "an Ontario permit, ...": a licence named by its issuer and "one", the value
 * after it. A state said so names a card in the caller's wallet (the licence, the one ID a clinic asks a state for);
 * the value needs six digits or more, so "a texas one, 2 of them" and a ZIP are nothing.
 */
export function licencesByIssuer(a: Analysis, readValue: ValueReader): Candidate[] {
  const t = a.tokens;
  const out: Candidate[] = [];
  for (let i = 1; i < t.length - 1; i++) {
    if (!ISSUER_NOUNS.has(t[i]!.lower) || !issuerEndsAt(a, i - 1)) continue;
    let k = i + 1;
    while (k < t.length && k <= i + 3 && [',', ':', 'is', "it's", 'its', 'number', '-'].includes(t[k]!.lower)) k++;
    const value = readValue(a, k);
    // Six digits or more: a licence is longer than a ZIP ("a florida one, 33101").
    if (!value || value.digits < 6) continue;
    out.push({ type: 'DRIVER_LICENSE', start: t[k]!.start, end: t[value.last]!.end, rule: 'id.driver_license.issuer', confidence: 0.9, value: value.text });
    i = value.last;
  }
  // "oregon license 7149228 and florida S530-460-51-234-0": after a licence is named, another issuer with a value right
  // after it is another licence; a value with a letter or eight digits or more, so a ZIP or a short count is nothing.
  const cue = t.findIndex((x) => LICENCE_WORDS.has(x.lower));
  for (let i = cue + 2; cue >= 0 && i < t.length; i++) {
    if (!issuerEndsAt(a, i - 1) || out.some((o) => o.start <= t[i]!.start && t[i]!.start < o.end)) continue;
    const value = readValue(a, i);
    if (!value || !(/[a-z]/i.test(value.text) ? value.digits >= 6 : value.digits >= 8)) continue;
    out.push({ type: 'DRIVER_LICENSE', start: t[i]!.start, end: t[value.last]!.end, rule: 'id.driver_license.issuer', confidence: 0.9, value: value.text });
    i = value.last;
  }
  return out;
}

const LICENCE_WORDS = new Set(['license', 'licence', 'licenses', 'licences', "license's", "licence's", 'dl']);
/** What a caller calls the card after its issuer: "a california one", "a Quebec permit" (Canada's and Quebec's word). */
const ISSUER_NOUNS = new Set(['one', 'permit']);

/** Whether the words first..last are an issuer's whole name ("it's Washington" after a licence number). */
export function namesAnIssuer(a: Analysis, first: number, last: number): boolean {
  return issuersEndingAt(a, last).some(({ words }) => words.length === last - first + 1);
}

function issuerEndsAt(a: Analysis, end: number): boolean {
  return issuersEndingAt(a, end).length > 0;
}

/** Most words end no issuer's name: one set lookup says so before the names are compared. */
const LAST_WORDS = new Set(ISSUERS.map(({ words }) => words.at(-1)!));
const issuersLastWord = startWord((w) => LAST_WORDS.has(w));

function issuersEndingAt(a: Analysis, end: number): typeof ISSUERS {
  if (!LAST_WORDS.has(a.tokens[end]!.lower)) return [];
  return ISSUERS.filter(({ words }) => words.length <= end + 1 && words.every((w, n) => a.tokens[end - words.length + 1 + n]!.lower === w));
}

/**
 * "it's California, B 7 7 3 1 9 0 2", "Florida S530-460-51-234-0": an issuer named with no licence word, its value right
 * after it in one of that issuer's published shapes. Digits alone need eight or more, so a ZIP, a local phone number and a
 * count are nothing; a phone number has none of the shapes ("New York, 212 555 0147" is ten digits).
 */
export function licencesInIssuerShape(a: Analysis, readValue: ValueReader, taken: readonly Candidate[]): Candidate[] {
  const t = a.tokens;
  const out: Candidate[] = [];
  // The token after an issuer's last word, past the last value read.
  let from = 1;
  for (const last of startsOf(t, issuersLastWord)) {
    const i = last + 1;
    if (i < from || i >= t.length) continue;
    const issuers = issuersEndingAt(a, i - 1);
    if (issuers.length === 0) continue;
    let k = i;
    while (k < t.length && k <= i + 2 && [',', ':', 'is', "it's", 'its', 'number', '-'].includes(t[k]!.lower)) k++;
    if (k >= t.length || [...taken, ...out].some((o) => o.start <= t[k]!.start && t[k]!.start < o.end)) continue;
    const value = readValue(a, k);
    if (!value) continue;
    const compact = value.text.replace(/[^A-Z0-9*]/g, '');
    // Digits alone after a bare issuer are a licence only set off by a pause or "is": "my daughter Georgia 12345678" is not one.
    if (!/[A-Z]/.test(compact) && (compact.length < 8 || k === i)) continue;
    if (!issuers.some(({ shape }) => shape.test(compact)) || namesSomethingElse(a, k, value.last)) continue;
    out.push({ type: 'DRIVER_LICENSE', start: t[k]!.start, end: t[value.last]!.end, rule: 'id.driver_license.issuer_shape', confidence: 0.9, value: compact });
    from = value.last + 1;
  }
  return out;
}

/**
 * Shapes only one issuer writes, cue or none: Washington's WDL and nine letters or digits (since 2018), Florida's letter and
 * twelve digits in its printed 3-3-2-3-1 dashes ("S530-460-51-234-0"). Nothing else is written so.
 */
const ONE_ISSUER_SHAPES = /\bWDL[A-Z0-9]{9}\b|\b[A-Z]\d{3}-\d{3}-\d{2}-\d{3}-\d\b/gi;

export function licencesInOneIssuersShape(a: Analysis): Candidate[] {
  if (!/wdl|\d-\d\d-\d/i.test(a.text)) return [];
  return [...a.text.matchAll(ONE_ISSUER_SHAPES)]
    .filter((m) => /\d/.test(m[0]) && !namesSomethingElse(a, tokenAt(a, m.index!), tokenAt(a, m.index! + m[0].length) - 1))
    .map((m) => ({ type: 'DRIVER_LICENSE' as const, start: m.index!, end: m.index! + m[0].length, rule: 'id.driver_license.one_issuer_shape', confidence: 0.95, value: m[0].replace(/-/g, '').toUpperCase() }));
}
