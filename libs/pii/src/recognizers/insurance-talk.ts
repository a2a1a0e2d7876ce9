import { Analysis } from '../analysis';
import { INSURER_NAMED } from '../dictionaries/insurers';
import { Candidate } from '../types';

/** A value read from a token on: where it ends and how many digits it has (`identifiers.ts`' reader). */
export type ValueReader = (a: Analysis, i: number) => { last: number; digits: number; text: string } | undefined;

/**
 * "Sun Life, plan 25114 and my ID is SL 0042 7719 03", "the group is 88120, and my ID is MET44102298":
 * a bare "ID" is a member id when the turn speaks of a payer, a plan or a group, or answers a
 * question about insurance. Elsewhere "my ID" is a photo id, a student card or a login, and is left
 * to the cues that name them.
 */
const INSURANCE_TALK = /\b(?:insurance|insurer|insured|ppo|hmo|epo|plan|group|policy|benefits|coverage|member|subscriber|dental cover|health fund)\b/;
/** The words between "ID" and its value: "ID is", "ID's", "ID number:", "ID, uh,". */
const BRIDGE = new Set(['is', "'s", 'number', 'no', ':', ',', 'uh', 'um', 'it', "it's", 'its', '#']);
const BEFORE_ID = new Set(['my', 'the', 'his', 'her', 'their', 'and', 'an', ',', 'your']);
const MIN_DIGITS = 5;

export function idsInInsuranceTalk(a: Analysis, readValue: ValueReader): Candidate[] {
  const t = a.tokens;
  if (!t.some((w) => w.lower === 'id' || w.lower === "id's")) return [];
  if (!a.asked.has('insurance') && !INSURANCE_TALK.test(a.lower) && !INSURER_NAMED.test(a.lower)) return [];
  const found: Candidate[] = [];
  for (let i = 0; i < t.length; i++) {
    if (t[i]!.lower !== 'id' && t[i]!.lower !== "id's") continue;
    // "and ID M 2 2 8 ...", "my ID is ...": the id said as the speaker's, not "photo ID" or "ID card".
    if (i > 0 && !BEFORE_ID.has(t[i - 1]!.lower)) continue;
    let k = i + 1;
    while (k < t.length && k < i + 4 && BRIDGE.has(t[k]!.lower)) k++;
    const value = readValue(a, k);
    if (!value || value.digits < MIN_DIGITS) continue;
    found.push({ type: 'INSURANCE_ID', start: t[k]!.start, end: t[value.last]!.end, rule: 'id.insurance_id.in_insurance_talk', confidence: 0.95, value: value.text });
    i = value.last;
  }
  return found;
}
