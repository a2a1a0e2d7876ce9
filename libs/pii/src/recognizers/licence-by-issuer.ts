import { Analysis } from '../analysis';
import { Candidate } from '../types';

/** Who issues driving licences, as callers name them: US states, Canadian provinces, Australian states. */
const ISSUERS = `alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois indiana
iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana nebraska nevada
new_hampshire new_jersey new_mexico new_york north_carolina north_dakota ohio oklahoma oregon pennsylvania rhode_island
south_carolina south_dakota tennessee texas utah vermont virginia washington west_virginia wisconsin wyoming ontario quebec
alberta manitoba saskatchewan nova_scotia new_brunswick newfoundland victorian queensland nsw tasmanian tassie`
  .split(/\s+/)
  .map((issuer) => issuer.split('_'));

export type ValueReader = (a: Analysis, i: number) => { last: number; digits: number; text: string } | undefined;

/**
 * "it's a california one B7731902", "New York one, 492 817 336": a licence named by its issuer and "one", the value
 * after it. A state said so names a card in the caller's wallet (the licence, the one ID a clinic asks a state for);
 * the value needs six digits or more, so "a texas one, 2 of them" and a ZIP are nothing.
 */
export function licencesByIssuer(a: Analysis, readValue: ValueReader): Candidate[] {
  const t = a.tokens;
  const out: Candidate[] = [];
  for (let i = 1; i < t.length - 1; i++) {
    if (t[i]!.lower !== 'one' || !issuerEndsAt(a, i - 1)) continue;
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

/** Whether the words first..last are an issuer's whole name ("it's Washington" after a licence number). */
export function namesAnIssuer(a: Analysis, first: number, last: number): boolean {
  return issuerEndsAt(a, last) && ISSUERS.some((words) => words.length === last - first + 1 && words.every((w, n) => a.tokens[first + n]!.lower === w));
}

function issuerEndsAt(a: Analysis, end: number): boolean {
  return ISSUERS.some((words) => words.length <= end + 1 && words.every((w, n) => a.tokens[end - words.length + 1 + n]!.lower === w));
}
