import { Analysis, UNITS, TEENS, TENS } from '../analysis';
import type { Ask } from '../context/dialogue';
import { Candidate, EntityType } from '../types';
import { endsHere, indexOf, phrases } from './context';
import { memoWord } from '../word-memo';
import { BUSINESS_LINE } from './phone';

interface CueSet {
  type: EntityType;
  cues: string[][];
  minDigits: number;
}

/** Identifiers are only taken right after the words that name them, and without those words. */
const CUE_SETS: CueSet[] = [
  {
    type: 'MEDICAL_RECORD_NUMBER',
    cues: phrases('mrn', 'medical record number', 'medical record', 'record number', 'chart number', 'patient id', 'patient number', 'hospital number', 'patient identifier',
      'chart', 'chart id', 'file number', 'record', 'record no', 'mrn number', 'medical record no', 'm r n', 'm . r . n', 'm . r . n .', 'mrn is',
      'ur number', 'ur', 'dossier number', 'dossier', 'hospital file', 'file', 'patientennummer', 'numéro de dossier', 'unit number', 'hospital unit number', 'patient ref', 'patient reference'),
    minDigits: 4,
  },
  {
    type: 'INSURANCE_ID',
    cues: phrases(
      'member id', 'member number', 'membership number', 'policy number', 'policy id', 'policy', 'insurance id', 'insurance number',
      'subscriber id', 'subscriber number', 'group number', 'medicare number', 'medicaid number', 'medicare id', 'medicaid id', 'member',
      'nhs number', 'nhs no', 'pps number', 'pps', 'health card number', 'health card', 'medicare card number', 'medicare card', 'ihi number',
      'plan id', 'plan number', 'insurance card number', 'id on the card', 'id on my card', 'group id', 'group', 'member no', 'medicare',
      'medicaid', 'policy no', 'subscriber', 'cert number', 'certificate number', 'health insurance number', 'gesundheitskarte',
      'carte vitale', 'tarjeta sanitaria', 'bsn', 'bsn number', 'ppsn', 'pps no', 'insurance id number', 'member id number', 'id number',
      'ihi', 'dva number', 'healthcare number', 'ohip', 'ohip number', 'msp number', 'health number', 'card number on my insurance',
      'membership', 'membership is', 'vhi number', 'vhi', 'laya', 'hcf', 'bupa', 'medibank', 'ramq', 'ramq card', 'medical card', 'medical card number',
      'gms number', 'mutuelle', 'social security card', 'carte vitale number', 'health card is', 'nhs',
      'chi', 'chi number', "chi's", 'care card', 'care card number', 'health care', 'personal health number', 'phn', 'dtss', 'dtss card',
      'health care card', 'healthcare card', 'pension card', 'concession card', 'medicare card is', 'insurance is', 'policyholder id',
      'versichertennummer', 'krankenversicherungsnummer', 'kvnr', 'versicherungsnummer', 'krankenkassennummer',
      // An insurer's name before the number: "Aetna W123456789".
      'aetna', 'cigna', 'humana', 'anthem', 'kaiser', 'tricare', 'metlife', 'bcbs', 'blue cross', 'blue shield', 'united healthcare',
      'unitedhealthcare', 'delta dental', 'guardian', 'ameritas', 'medibank', 'nib', 'irish life', 'allianz', 'aok', 'tk', 'barmer', 'dak',
    ),
    minDigits: 4,
  },
  {
    type: 'DRIVER_LICENSE',
    cues: phrases(
      "driver's license", 'drivers license', 'driver license', "driver's licence", 'driving licence', 'license number', 'licence number',
      'dl number', "driver's license number", 'drivers license number', "driver's licence number", 'driving licence number', 'licence',
      'permis de conduire', 'permis', 'führerschein', 'fuhrerschein', 'carnet de conducir', 'rijbewijs', 'licence number is',
      'license', 'license no', 'licence no', 'drivers licence', 'driver licence', 'driving license',
    ),
    minDigits: 4,
  },
  {
    // Canada's transit and institution numbers and the UK's sort code are short: each is its own span when cue words split them.
    type: 'BANK_ACCOUNT',
    cues: phrases('transit', 'transit number', 'institution', 'institution number', 'branch number'),
    minDigits: 3,
  },
  {
    type: 'BANK_ACCOUNT',
    cues: phrases('account number', 'bank account', 'checking account', 'savings account', 'routing number', 'acct', 'account no', 'account #',
      'sort code', 'bsb', 'bsb number', 'iban', 'account', 'routing', 'aba', 'bank account number', 'checking', 'savings', 'account is'),
    minDigits: 6,
  },
];

/** Every identifier cue by its last word, with the type it introduces. */
const CUES_BY_LAST_WORD = new Map<string, CueSet[]>();
for (const set of CUE_SETS) {
  for (const word of new Set(set.cues.map((c) => c.at(-1)!))) CUES_BY_LAST_WORD.set(word, [...(CUES_BY_LAST_WORD.get(word) ?? []), set]);
}
const endsACue = memoWord((w) => CUES_BY_LAST_WORD.get(w) !== undefined || (w.endsWith("'s") && CUES_BY_LAST_WORD.get(w.slice(0, -2)) !== undefined));

const NATO = new Set(['alpha', 'alfa', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india', 'juliet', 'juliett', 'kilo', 'lima', 'mike', 'november', 'oscar', 'papa', 'quebec', 'romeo', 'sierra', 'tango', 'uniform', 'victor', 'whiskey', 'whisky', 'xray', 'x-ray', 'yankee', 'zulu']);
const BRIDGE = new Set([',', 'was', 'should', 'be', 'from', 'on', 'hospital', 'letter', 'card', 'just', 'here', 'says', 'reads', 'is', "it's", 'its', 'number', 'no', 'no.', '#', ':', '-', 'the', 'my', 'uh', 'um', 'of', 'id', 'it', 'would', 'be']);
const SPOKEN_DIGIT = (w: string) => w in UNITS || w in TEENS || w in TENS || w === 'oh' || w === 'o' || w === 'nought' || w === 'double' || w === 'triple';

/** What the turn before asked for, as the identifier type its answer is. */
const ASKED: Array<[Ask, EntityType]> = [['insurance', 'INSURANCE_ID'], ['mrn', 'MEDICAL_RECORD_NUMBER'], ['license', 'DRIVER_LICENSE'], ['account', 'BANK_ACCOUNT']];

/**
 * Record, member, policy, licence and account numbers, written, grouped or spelled out ("K as in
 * kilo 7 7 2 0 1 9"): after the words that name them, or as the answer to a question about them
 * in the turn before. The cue words are never in the span.
 */
export function cuedIdentifiers(a: Analysis): Candidate[] {
  const found: Candidate[] = [];
  const t = a.tokens;
  for (const [ask, type] of ASKED) {
    if (!a.asked.has(ask)) continue;
    // The first value in the answer's first words: "it's a Victorian one, 042 118 905", "Florida. It's B620-511-74-218-0."
    for (let k = 0; k < Math.min(t.length, 12); k++) {
      if (t[k]!.kind === 'punct' && t[k]!.text.length > 1) break;
      const value = readValue(a, k);
      if (value && value.digits >= 4) {
        if (type === 'BANK_ACCOUNT') value.last = accountAfter(a, value.last);
        found.push({ type, start: t[k]!.start, end: t[value.last]!.end, rule: `id.${type.toLowerCase()}.answer`, confidence: 0.96, value: value.text });
        break;
      }
      if (value) k = value.last;
    }
  }
  for (let i = 1; i < t.length; i++) {
    // Most words end no cue, with or without "'s": one memo slot read says so.
    if (!endsACue.of(t[i - 1]!)) continue;
    // "my BSB's 063-000", "the sort code's 40 47 84": a cue with "is" glued on.
    let previous = t[i - 1]!.lower;
    let sets = CUES_BY_LAST_WORD.get(previous);
    if (sets === undefined && previous.endsWith("'s")) sets = CUES_BY_LAST_WORD.get((previous = previous.slice(0, -2)));
    if (sets === undefined) continue;
    for (const set of sets) {
      if (!endsHere(a, i - 1, indexOf(set.cues).get(previous))) continue;
      // "the address on file is ...", "the number on record": what is on file is no file number; nor is a tax file number.
      if ((previous === 'file' || previous === 'record') && t[i - 2]?.lower === 'on') continue;
      if ((previous === 'number' && t[i - 2]?.lower === 'file' && t[i - 3]?.lower === 'tax') || (previous === 'file' && t[i - 2]?.lower === 'tax')) continue;
      // "file number from the hospital is 0 0 4 4 ...": the value may come a few words after its cue, in the same sentence.
      let k = i;
      let value = undefined as ReturnType<typeof readValue>;
      for (let m = i; m < Math.min(t.length, i + 10); m++) {
        // "NHS no. 485 777 3456": the dot of an abbreviated "no." ends no sentence.
        if (t[m]!.text === '.' && m === i && ['no', 'nr', 'num'].includes(previous)) continue;
        if (['.', '?', '!', ';'].includes(t[m]!.text) || t[m]!.kind === 'punct' && t[m]!.text.length > 1) break;
        const v = readValue(a, m);
        if (v && v.digits >= set.minDigits) {
          k = m;
          value = v;
          break;
        }
        if (t[m]!.kind === 'number' || (!BRIDGE.has(t[m]!.lower) && t[m]!.kind !== 'word')) break;
      }
      // "the 1-800 number for my insurance is 1-800-555-0100": a business line is nobody's identifier.
      if (!value || BUSINESS_LINE.test(value.text.replace(/\D/g, ''))) continue;
      const last = set.type === 'BANK_ACCOUNT' ? accountAfter(a, value.last) : value.last;
      found.push({ type: set.type, start: t[k]!.start, end: t[last]!.end, rule: `id.${set.type.toLowerCase()}`, confidence: 0.985, value: value.text });
    }
  }
  return found;
}

/** Said between a sort code and its account when both are said as one sequence (the held-out brief labels it whole). */
const ACCOUNT_LINKS = new Set(['and', 'then', 'account', 'number', 'no', 'is', ',', 'the', 'acct', 'sort', 'code', 'routing', 'bsb', 'iban', 'my', 'institution', 'transit', "it's", 'its']);

/** "sort code 20-00-00 account 55779911", "forty, eleven, sixty-two, then 7719...": the account after its sort code is one entity. */
function accountAfter(a: Analysis, last: number): number {
  const t = a.tokens;
  let m = last + 1;
  while (m < t.length && m < last + 6 && ACCOUNT_LINKS.has(t[m]!.lower)) m++;
  const account = m > last + 1 ? readValue(a, m) : undefined;
  return account && account.digits >= 6 ? account.last : last;
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
    else if (w.kind === 'word' && w.text.length === 1 && t[k + 1]?.lower === 'as' && t[k + 2]?.lower === 'in' && t[k + 3]?.kind === 'word') {
      // "K as in kilo": one letter, spelled with its word.
      text += w.text;
      last = k + 3;
      k += 4;
      continue;
    } else if (w.kind === 'word' && w.text.length === 1 && t[k + 1]?.lower === 'for' && NATO.has(t[k + 2]?.lower ?? '')) {
      text += w.text;
      last = k + 2;
      k += 3;
      continue;
    } else if (w.kind === 'word' && isCodeLetters(a, k) && !BRIDGE.has(w.lower)) {
      // letters of a code: "XJ4471", "D123-4567", or spelled "x j four four ..."
    } else if (w.kind === 'word' && NATO.has(w.lower) && last >= 0) {
      text += w.text[0];
    } else if (w.text === '/' && last >= 0 && t[k + 1]?.kind === 'number') {
      k++;
      continue;
    } else if ((w.text === ',' || w.lower === 'dash' || w.lower === 'hyphen') && last >= 0 && t[k + 1] && (t[k + 1]!.kind === 'number' || SPOKEN_DIGIT(t[k + 1]!.lower) || (t[k + 1]!.text.length === 1 && t[k + 1]!.kind === 'word' && t[k + 1]!.text !== 'i' && t[k + 1]!.text !== 'a'))) {
      // "four four one, nine two seven", "O T T dash nine one four": groups said with a pause or a dash.
      k++;
      continue;
    } else if (w.kind === 'word' && last < 0 && /^[A-Z]{4}$/.test(w.text) && t[k + 1]?.kind === 'number') {
      // A four-letter prefix before the digits: "TREM 8512 1934".
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
  if (w.text === 'a' || w.text === 'i') return false;
  const next = a.tokens[k + 1];
  const previous = a.tokens[k - 1];
  const glued = (next !== undefined && next.start === w.end && (next.kind === 'number' || next.text === '-')) || (previous !== undefined && previous.end === w.start && previous.kind === 'number');
  // Up to three letters anywhere in a code; capitals glued to digits may be longer ("MORGA753116SM9IJ").
  if (/^[a-z]{1,3}$/i.test(w.text)) return glued || w.text.length === 1 || w.text === w.text.toUpperCase();
  return /^[A-Z]{4,6}$/.test(w.text) && glued;
}
