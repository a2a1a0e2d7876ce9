import { Analysis, UNITS, TEENS, TENS } from '../analysis';
import { Candidate, EntityType } from '../types';
import { endsHere, indexOf, phrases } from './context';

interface CueSet {
  type: EntityType;
  cues: string[][];
  minDigits: number;
}

/** Identifiers are only taken right after the words that name them, and without those words. */
const CUE_SETS: CueSet[] = [
  {
    type: 'MEDICAL_RECORD_NUMBER',
    cues: phrases('mrn', 'medical record number', 'medical record', 'record number', 'chart number', 'patient id', 'patient number', 'hospital number', 'patient identifier'),
    minDigits: 4,
  },
  {
    type: 'INSURANCE_ID',
    cues: phrases(
      'member id', 'member number', 'membership number', 'policy number', 'policy id', 'policy', 'insurance id', 'insurance number',
      'subscriber id', 'subscriber number', 'group number', 'medicare number', 'medicaid number', 'medicare id', 'medicaid id', 'member',
    ),
    minDigits: 4,
  },
  {
    type: 'DRIVER_LICENSE',
    cues: phrases(
      "driver's license", 'drivers license', 'driver license', "driver's licence", 'driving licence', 'license number', 'licence number',
      'dl number', "driver's license number", 'drivers license number',
    ),
    minDigits: 4,
  },
  {
    type: 'BANK_ACCOUNT',
    cues: phrases('account number', 'bank account', 'checking account', 'savings account', 'routing number', 'acct', 'account no', 'account #'),
    minDigits: 6,
  },
];

/** Every identifier cue by its last word, with the type it introduces. */
const CUES_BY_LAST_WORD = new Map<string, CueSet[]>();
for (const set of CUE_SETS) {
  for (const word of new Set(set.cues.map((c) => c.at(-1)!))) CUES_BY_LAST_WORD.set(word, [...(CUES_BY_LAST_WORD.get(word) ?? []), set]);
}

const BRIDGE = new Set(['is', "it's", 'its', 'number', 'no', 'no.', '#', ':', '-', 'the', 'my', 'uh', 'um', 'of', 'id', 'it', 'would', 'be']);
const SPOKEN_DIGIT = (w: string) => w in UNITS || w in TEENS || w in TENS || w === 'oh' || w === 'o' || w === 'double' || w === 'triple';

/** Record, member, policy, licence and account numbers, written or spelled out. */
export function cuedIdentifiers(a: Analysis): Candidate[] {
  const found: Candidate[] = [];
  const t = a.tokens;
  for (let i = 1; i < t.length; i++) {
    const previous = t[i - 1]!.lower;
    for (const set of CUES_BY_LAST_WORD.get(previous) ?? []) {
      if (!endsHere(a, i - 1, indexOf(set.cues).get(previous))) continue;
      let k = i;
      while (k < t.length && BRIDGE.has(t[k]!.lower) && k - i < 4) k++;
      const value = readValue(a, k);
      if (!value || value.digits < set.minDigits) continue;
      found.push({ type: set.type, start: t[k]!.start, end: t[value.last]!.end, rule: `id.${set.type.toLowerCase()}`, confidence: 0.985, value: value.text });
    }
  }
  return found;
}

/** Tokens that make up an identifier: digits, spoken digits, single letters and codes, joined by spaces or dashes. */
function readValue(a: Analysis, i: number): { last: number; digits: number; text: string } | undefined {
  const t = a.tokens;
  let k = i;
  let digits = 0;
  let text = '';
  let last = -1;
  while (k < t.length) {
    const w = t[k]!;
    if (w.kind === 'number') digits += w.text.length;
    else if (w.kind === 'word' && /^[a-z]*\d[a-z0-9]*$/i.test(w.text)) digits += w.text.replace(/\D/g, '').length;
    else if (w.kind === 'word' && SPOKEN_DIGIT(w.lower)) digits += w.lower in TENS || w.lower in TEENS || w.lower === 'double' ? 2 : w.lower === 'triple' ? 3 : 1;
    else if (w.kind === 'word' && isCodeLetters(a, k) && !BRIDGE.has(w.lower)) {
      // letters of a code: "XJ4471", "D123-4567", or spelled "x j four four ..."
    } else if (w.text === '-' && last >= 0 && t[k + 1] && t[k + 1]!.start === w.end) {
      k++;
      continue;
    } else break;
    text += w.text;
    last = k;
    k++;
  }
  return last < 0 ? undefined : { last, digits, text: text.toUpperCase() };
}

/** Up to three letters that belong to a code: capitals, glued to digits, or a single spelled letter. */
function isCodeLetters(a: Analysis, k: number): boolean {
  const w = a.tokens[k]!;
  if (!/^[a-z]{1,3}$/i.test(w.text) || w.text === 'a' || w.text === 'i') return false;
  const next = a.tokens[k + 1];
  const glued = next !== undefined && next.start === w.end && (next.kind === 'number' || next.text === '-');
  return glued || w.text.length === 1 || w.text === w.text.toUpperCase();
}
