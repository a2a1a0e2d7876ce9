import { Analysis, GERMAN_UNITS, Token, UNITS, TEENS, TENS } from '../analysis';
import type { Ask } from '../context/dialogue';
import { Candidate, EntityType } from '../types';
import { endsHere, indexOf, isWord, namesSomethingElse, NATO, phrases } from './context';
import { flagWord } from '../word-memo';
import { COMMON_WORDS, NOT_NAME_WORDS } from '../dictionaries/names';
import { BUSINESS_LINE } from './phone';
import { idsAfterInsurers, idsInInsuranceTalk } from './insurance-talk';
import { correctedInsuranceIds } from './id-corrections';
import { issuerCodesInDetails, medicareByShape } from './ids-on-cards';
import { bankChains } from './bank-chain';
import { accountWithClinic } from './account-kinds';
import { amountAfterCue } from './amounts-after-cue';
import { licencesByIssuer, licencesInIssuerShape, licencesInOneIssuersShape } from './licence-by-issuer';

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
      'ur number', 'ur', 'dossier number', 'dossier', 'hospital file', 'file', 'patientennummer', 'numéro de dossier', 'unit number', 'hospital unit number', 'patient ref', 'patient reference',
      'historia clínica', 'historia clinica',
      // A patient's account with the clinic is the clinic's number for the patient, as the record is (not a bank's).
      'patient account', 'patient account number', 'patient account no', 'número de historia', 'numero de historia', 'historia number', 'history number'),
    minDigits: 4,
  },
  {
    type: 'INSURANCE_ID',
    cues: phrases(
      'member id', 'member number', 'membership number', 'policy number', 'policy id', 'policy', 'insurance id', 'insurance number',
      'subscriber id', 'subscriber number', 'group number', 'medicare number', 'medicaid number', 'medicare id', 'medicaid id', 'member',
      'nhs number', 'nhs no', 'pps number', 'pps', 'health card number', 'health card', 'medicare card number', 'medicare card', 'ihi number',
      'plan id', 'plan number', 'insurance card number', 'id on the card', 'id on my card', 'group id', 'group', 'member no', 'medicare',
      'medicaid', 'policy no', 'subscriber', 'cert number', 'certificate number', 'certificate', 'cert', 'certificate no', 'health insurance number', 'gesundheitskarte',
      'carte vitale', 'tarjeta sanitaria', 'bsn', 'bsn number', 'ppsn', 'pps no', 'insurance id number', 'member id number', 'id number',
      'ihi', 'dva number', 'healthcare number', 'ohip', 'ohip number', 'msp number', 'health number', 'card number on my insurance',
      'membership', 'membership is', 'vhi number', 'vhi', 'laya', 'hcf', 'bupa', 'medibank', 'ramq', 'ramq card', 'medical card', 'medical card number',
      'gms number', 'mutuelle', 'social security card', 'carte vitale number', 'health card is', 'nhs',
      'chi', 'chi number', "chi's", 'care card', 'care card number', 'health care', 'personal health number', 'phn', 'dtss', 'dtss card',
      'health care card', 'healthcare card', 'pension card', 'concession card', 'medicare card is', 'insurance is', 'policyholder id',
      // Government health programmes' cards: Australia's DVA, Canada's status card (NIHB), the US Indian Health Service.
      'dva card', 'dva card number', 'dva file number', 'dva gold card', 'dva white card', 'dva orange card', 'veterans card', "veterans' card", 'veteran card', 'status card', 'status card number', 'status number', 'treaty number', 'band number',
      'ihs number', 'coverage number',
      // Medicare's Beneficiary Identifier (CMS), said by its letters or its name.
      'mbi', 'mbi number', 'medicare beneficiary identifier', 'beneficiary id', 'beneficiary number',
      // Cards for care abroad: the EU's EHIC and the UK's GHIC.
      'ehic', 'ehic number', 'ehic card', 'ghic', 'ghic number', 'european health insurance card', 'global health insurance card', 'tarjeta sanitaria europea', 'coverage id', 'nihb', 'nihb number',
      'versichertennummer', 'krankenversicherungsnummer', 'kvnr', 'versicherungsnummer', 'krankenkassennummer', 'krankenversichertennummer', 'versichertenkarte',
      // An insurer's name before the number: "Aetna W123456789".
      'aetna', 'cigna', 'humana', 'anthem', 'kaiser', 'tricare', 'metlife', 'bcbs', 'blue cross', 'blue shield', 'united healthcare',
      'unitedhealthcare', 'delta dental', 'guardian', 'ameritas', 'medibank', 'nib', 'irish life', 'allianz', 'aok', 'tk', 'barmer', 'dak',
    ),
    minDigits: 4,
  },
  {
    // "plan 44019" beside a member id: five digits at least, so "the plan is 3000 a year" and "my plan 2025 renewal" are not one.
    type: 'INSURANCE_ID',
    cues: phrases('plan'),
    minDigits: 5,
  },
  {
    type: 'DRIVER_LICENSE',
    cues: phrases(
      "driver's license", 'drivers license', 'driver license', "driver's licence", 'driving licence', 'license number', 'licence number',
      'dl number', "driver's license number", 'drivers license number', "driver's licence number", 'driving licence number', 'licence',
      'permis de conduire', 'permis', 'führerschein', 'fuhrerschein', 'carnet de conducir', 'rijbewijs', 'licence number is',
      'license', 'license no', 'licence no', 'drivers licence', 'driver licence', 'driving license', 'dl', 'dl no',
    ),
    minDigits: 4,
  },
  {
    // Canada's transit and institution numbers and the UK's sort code are short; said in one sequence, `bankChains` reads them as one account.
    type: 'BANK_ACCOUNT',
    cues: phrases('transit', 'transit number', 'institution', 'institution number', 'branch number'),
    minDigits: 3,
  },
  {
    // Where a refund or a payment goes: "put the refund into 2990 9555 817".
    type: 'BANK_ACCOUNT',
    cues: phrases('refund into', 'refund it into', 'refund to', 'refund it to', 'pay into', 'pay it into', 'paid into', 'deposit into', 'deposit it into', 'deposit to', 'payout to'),
    minDigits: 8,
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
const endsACue = flagWord((w) => CUES_BY_LAST_WORD.get(w) !== undefined || (w.endsWith("'s") && CUES_BY_LAST_WORD.get(w.slice(0, -2)) !== undefined));

const BRIDGE = new Set([',', 'was', 'should', 'be', 'from', 'on', 'hospital', 'letter', 'card', 'just', 'here', 'says', 'reads', 'is', "it's", 'its', 'number', 'no', 'no.', '#', ':', '-', 'the', 'my', 'uh', 'um', 'of', 'id', 'it', 'would', 'be']);
const SPOKEN_DIGIT = (w: string) => w in UNITS || w in TEENS || w in TENS || w in GERMAN_UNITS || w === 'oh' || w === 'o' || w === 'nought' || w === 'null' || w === 'double' || w === 'triple';

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
      // "it's a Florida one, W 4 2 6 ...": "one" after a word is a pronoun, not the first digit.
      if (t[k]!.lower === 'one' && t[k + 1]?.text === ',' && isWord(t[k - 1])) continue;
      // "it's a NSW one, 1234 5678": nor are an issuer's capitals before that "one" a code's letters.
      if (t[k + 1]?.lower === 'one' && t[k + 2]?.text === ',' && !/\d/.test(t[k]!.text)) continue;
      const value = readValue(a, k);
      if (value && value.digits >= 4) {
        if (type === 'BANK_ACCOUNT') value.last = accountAfter(a, value.last);
        const first = prefixBefore(a, k);
        found.push({ type, start: t[first]!.start, end: t[value.last]!.end, rule: `id.${type.toLowerCase()}.answer`, confidence: 0.96, value: value.text });
        break;
      }
      if (value) k = value.last;
    }
  }
  // To the end: a cue said last may name the value said before it.
  for (let i = 1; i <= t.length; i++) {
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
      // "your booking ref is UR 4418", "confirmation number is MRN-less": a cue's letters said as another number's are its print.
      if (REFERENCE_WORDS.has(t[i - 2]?.lower ?? '') || (t[i - 2]?.lower === 'is' && REFERENCE_WORDS.has(t[i - 3]?.lower ?? ''))) continue;
      // "DL-88421", "DL88": letters glued to what follows are a code's own, not the word "DL" naming a licence.
      if (previous === 'dl' && t[i] !== undefined && t[i]!.start === t[i - 1]!.end) continue;
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
      // "NHC 5512009 as my historia number": the value said first, the words that name it after.
      if (!value) {
        const before = valueBefore(a, i - 1, set.minDigits);
        if (before) found.push({ type: set.type, start: t[before.first]!.start, end: t[before.last]!.end, rule: `id.${set.type.toLowerCase()}.before`, confidence: 0.95, value: before.text });
        continue;
      }
      // "the 1-800 number for my insurance is 1-800-555-0100": a business line is nobody's identifier.
      if (BUSINESS_LINE.test(value.text.replace(/\D/g, ''))) continue;
      // "a letter with a reference, it's NHS-APPT-55021": a code that says it is an appointment's or a booking's reference is the visit's, nobody's identifier.
      if (VISIT_REFERENCE.test(value.text)) continue;
      // "my NHS dentist closed in 2023", "with Bupa since 2019": a year said after a cue is a when, not the cue's number.
      if (isYearAfterPreposition(a, k, value) || amountAfterCue(a, i, k, value.last)) continue;
      if (set.type === 'BANK_ACCOUNT' && accountWithClinic(a, i - 1, k)) continue;
      const last = set.type === 'BANK_ACCOUNT' ? accountAfter(a, value.last) : value.last;
      found.push({ type: set.type, start: t[prefixBefore(a, k)]!.start, end: t[last]!.end, rule: `id.${set.type.toLowerCase()}`, confidence: 0.985, value: value.text });
    }
  }
  found.push(...licencesByShape(a), ...idsInInsuranceTalk(a, readValue), ...idsAfterInsurers(a, readValue), ...issuerCodesInDetails(a), ...medicareByShape(a));
  if (a.lower.includes('no') || a.lower.includes('actually') || a.lower.includes('sorry') || a.lower.includes('mean')) found.push(...correctedInsuranceIds(a, readValue));
  if (a.lower.includes('transit') || a.lower.includes('institution')) found.push(...bankChains(a, readValue));
  if (a.lower.includes(' one') || a.lower.includes('licen') || a.lower.includes('dl') || a.lower.includes('permit')) found.push(...licencesByIssuer(a, readValue));
  found.push(...licencesInIssuerShape(a, readValue, found), ...licencesInOneIssuersShape(a));
  return found;
}

/**
 * Licence numbers by a shape nothing else has, cue or none. Ontario's: a letter and 4-5-5 digits joined by dashes.
 * The UK's: five letters of the surname (9s pad a short one), six digits
 * of the birth date (decade, month, +50 for a woman, day, year), two initials, a digit and two letters, written whole
 * or in its groups ("SMITH 802155 JJ9 AB"). Nothing else is written so.
 */
/** Words for a visit's or an order's own number: a cue's letters said after them are that number's print. */
const REFERENCE_WORDS = new Set(['ref', 'booking', 'confirmation', 'reservation', 'order', 'invoice', 'ticket', 'tracking']);
/** The letters that open a booking's own reference: "APPT-55021", "BKG-2291" ("REF" and "CONF" open members' IDs too). */
const VISIT_REFERENCE = /^(?:appt|bkg|booking)[\s-]?\d/i;

const ONTARIO_LICENCE = /\b[A-Za-z]\d{4}-\d{5}-\d{5}\b/g;
const UK_LICENCE = /\b([A-Z][A-Z9]{4}) ?(\d)(\d\d)(\d\d)(\d) ?([A-Z][A-Z9]\d) ?([A-Z]{2})\b/gi;

function licencesByShape(a: Analysis): Candidate[] {
  const found: Candidate[] = [];
  // "the ontario one is D6101-40706-60905": Ontario's letter and three groups of 4, 5 and 5 digits.
  if (a.runs.some((r) => r.groups.length >= 3 && r.groups.some((g) => g.digits.length === 5 && !g.spoken))) {
    for (const m of a.text.matchAll(ONTARIO_LICENCE)) found.push({ type: 'DRIVER_LICENSE', start: m.index!, end: m.index! + m[0].length, rule: 'id.driver_license.on_shape', confidence: 0.97, value: m[0].replace(/-/g, '').toUpperCase() });
  }
  // The regex is tried only where six digits are written together after a five-letter word, the licence's surname.
  for (const run of a.runs) {
    for (const g of run.groups) {
      const surname = a.tokens[g.first - 1];
      if (g.spoken || surname?.kind !== 'word' || surname.text.length > 5) continue;
      // A surname under five letters is padded with 9s, which the digits then start with: "LEE99802155...".
      const padded = surname.end === g.start ? 5 - surname.text.length : 0;
      if (g.digits.length !== 6 + padded) continue;
      const from = surname.start;
      UK_LICENCE.lastIndex = from;
      const m = UK_LICENCE.exec(a.text);
      if (!m || m.index > surname.start) continue;
      const month = Number(m[3]) > 50 ? Number(m[3]) - 50 : Number(m[3]);
      const day = Number(m[4]);
      if (month < 1 || month > 12 || day < 1 || day > 31) continue;
      found.push({ type: 'DRIVER_LICENSE', start: m.index, end: m.index + m[0].length, rule: 'id.driver_license.uk_shape', confidence: 0.97, value: m[0].replace(/\s/g, '').toUpperCase() });
    }
  }
  return found;
}

/**
 * "vg 7 0 0 4 1 8 2", "mdrd 440912 7731", "morga387326sm9ij": an issuer's letters said (in lowercase
 * speech) right before a value's digits are the value's prefix, unless they are a word, a cue or a bridge.
 */
function prefixBefore(a: Analysis, k: number): number {
  const p = a.tokens[k - 1];
  const first = a.tokens[k]!;
  if (!p || p.kind !== 'word' || first.start - p.end > 1 || !/^\p{L}{2,5}$/u.test(p.text) || !startsWithDigit(first)) return k;
  return isPlainWord.of(p) || endsACue.of(p) ? k : k - 1;
}

const startsWithDigit = (t: Analysis['tokens'][number]) => t.kind === 'number' || SPOKEN_DIGIT(t.lower);
const isPlainWord = flagWord((w: string) => COMMON_WORDS.has(w) || NOT_NAME_WORDS.has(w) || BRIDGE.has(w) || NATO.has(w) || SPOKEN_DIGIT(w) || PREFIX_WORDS.has(w));
/** Short words said before a number that are no issuer's letters. */
const PREFIX_WORDS = new Set(['is', 'was', 'are', 'its', 'the', 'and', 'or', 'at', 'on', 'no', 'nr', 'num', 'ends', 'yes', 'yeah', 'ok', 'okay', 'uh', 'um', 'er', 'erm', 'like', 'so', 'me', 'be', 'oh', 'then', 'than', 'just', 'now', 'wait', 'sorry', 'ist', 'es', 'est', 'que', 'de', 'la', 'le', 'el', 'nummer', 'numéro', 'número']);

const OWNERS = new Set(['my', 'the', 'his', 'her', 'our', 'their']);
const ON_THE_CARD = new Set(['on', 'from', 'off', 'of']);
const NUMBER_WORDS = new Set(['number', 'one', 'id', 'digits', 'code']);

/**
 * A value right before "as/is my <cue>" whose cue ends at token `cueEnd`: "W 4471 902 is my member
 * number". The value must be whole: nothing of a code runs on before it.
 */
function valueBefore(a: Analysis, cueEnd: number, minDigits: number): { first: number; last: number; text: string } | undefined {
  const t = a.tokens;
  for (let m = cueEnd - 1; m >= Math.max(2, cueEnd - 4); m--) {
    if (!OWNERS.has(t[m]!.lower)) continue;
    // "N 3 5 6 ... is the number on my New Jersey license": the number said to be on the card it names.
    let verb = m - 1;
    if (ON_THE_CARD.has(t[verb]!.lower) && NUMBER_WORDS.has(t[verb - 1]?.lower ?? '')) verb -= t[verb - 2]?.lower === 'the' ? 3 : 2;
    if (verb < 1 || !['as', 'is', 'was', "that's"].includes(t[verb]!.lower) || (verb < m - 1 && t[verb]!.lower === 'as')) continue;
    const end = verb - 1;
    for (let first = end; first >= Math.max(0, end - 16); first--) {
      const v = readValue(a, first);
      if (v && v.last === end && v.digits >= minDigits && !(first > 0 && readValue(a, first - 1)?.last === end)) {
        return namesSomethingElse(a, first, end) ? undefined : { first, last: end, text: v.text };
      }
    }
    return undefined;
  }
  return undefined;
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
/** Words that put a year after them in time: "in 2023", "since 2019", "back in 2020". */
const YEAR_PREPOSITIONS = new Set(['in', 'since', 'from', 'until', 'till', 'til', 'by', 'before', 'after', 'during', 'around', 'circa', 'seit', 'depuis', 'desde', 'en']);

function isYearAfterPreposition(a: Analysis, k: number, value: { last: number; text: string }): boolean {
  return value.last === k && /^(?:19|20)\d\d$/.test(value.text) && YEAR_PREPOSITIONS.has(a.tokens[k - 1]?.lower ?? '');
}

const GROUP_JOINERS = new Set([',', '-', 'dash', 'hyphen']);

/** Where the next group starts after the joiners at `k` (one, or a dash said between pauses), or `k` when no group follows. */
function groupAfterJoiners(t: Token[], k: number): number {
  let m = k + 1;
  if (t[k]!.text === ',' && (t[m]?.lower === 'dash' || t[m]?.lower === 'hyphen')) m += t[m + 1]?.text === ',' ? 2 : 1;
  const n = t[m];
  // ("..., I lost the rest": "I" and "a" are words unless spelled among letters.)
  const group = n !== undefined && (n.kind === 'number' || SPOKEN_DIGIT(n.lower) || (n.text.length === 1 && n.kind === 'word' && ((n.lower !== 'i' && n.lower !== 'a') || spelledAmongLetters(t, m, true))));
  return group ? m : k;
}

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
    // "nine thousand one seven nine ...": a group said as thousands.
    else if (w.lower === 'thousand' && last === k - 1 && t[k - 1]!.kind === 'word' && t[k - 1]!.lower in UNITS) digits += 3;
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
    } else if ((w.text === 'i' || w.text === 'a') && spelledAmongLetters(t, k, last >= 0)) {
      // "i e six four, b o f i, nine ...": "i" and "a" spelled among a code's letters are letters, not words.
    } else if (w.kind === 'word' && isCodeLetters(a, k) && !BRIDGE.has(w.lower)) {
      // letters of a code: "XJ4471", "D123-4567", or spelled "x j four four ..."
    } else if (w.kind === 'word' && NATO.has(w.lower) && (last >= 0 || leadsDigits(t, k))) {
      // "bravo seven seven three ...": a code's first letter may be said by its word alone, the digits right after it.
      text += w.text[0];
    } else if (w.text === '/' && last >= 0 && t[k + 1]?.kind === 'number') {
      k++;
      continue;
    } else if (GROUP_JOINERS.has(w.lower) && last >= 0 && groupAfterJoiners(t, k) > k) {
      // "four four one, nine two seven", "O T T dash nine one four", "S 5 4 1 2 - 6 6 0 0 1": groups said with a pause or a dash
      // ("nine two two four, dash, oh oh one": the dash said between pauses).
      k = groupAfterJoiners(t, k);
      continue;
    } else if (w.kind === 'word' && last < 0 && /^[A-Z]{4,5}$/.test(w.text) && t[k + 1]?.kind === 'number') {
      // A four- or five-letter prefix before the digits: "TREM 8512 1934", a UK licence's surname "SMITH 7 0 3 ...".
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

/** A spelling word that starts a value: digits follow it, and it names no issuer or insurer ("Quebec", "Delta Dental"). */
function leadsDigits(t: Analysis['tokens'], k: number): boolean {
  const next = t[k + 1];
  return t[k]!.lower !== 'quebec' && t[k]!.lower !== 'delta' && next !== undefined && (next.kind === 'number' || SPOKEN_DIGIT(next.lower)) && next.lower !== 'one' && next.lower !== 'o';
}

/** Whether a lone "i" or "a" at `k` is spelled as a letter: between single letters inside a value, or before a letter and digits at its start. */
function spelledAmongLetters(t: Analysis['tokens'], k: number, inside: boolean): boolean {
  const letter = (x: Analysis['tokens'][number] | undefined) => x !== undefined && x.kind === 'word' && x.text.length === 1 && /\p{L}/u.test(x.text);
  const digit = (x: Analysis['tokens'][number] | undefined) => x !== undefined && (x.kind === 'number' || SPOKEN_DIGIT(x.lower));
  if (inside) return (letter(t[k - 1]) && (letter(t[k + 1]) || t[k + 1]?.text === ',' || digit(t[k + 1]))) || (t[k - 1]?.text === ',' && letter(t[k + 1]));
  return letter(t[k + 1]) && digit(t[k + 2]);
}

/** Two-letter English words, which a dash before them does not make a code's letters ("k204-8811-or the other one"). */
const TWO_LETTER_WORDS = new Set(['is', 'on', 'to', 'or', 'in', 'at', 'it', 'so', 'no', 'my', 'me', 'we', 'he', 'an', 'as', 'of', 'up', 'ok', 'by', 'be', 'do', 'go', 'if', 'us', 'oh', 'um', 'uh', 'er']);

/** Up to three letters that belong to a code: capitals, glued to digits, or a single spelled letter. */
function isCodeLetters(a: Analysis, k: number): boolean {
  const w = a.tokens[k]!;
  const next = a.tokens[k + 1];
  // "a1234-56789-01234": "a" or "i" glued to digits is a code's letter, not the word.
  if (w.text === 'a' || w.text === 'i') return next !== undefined && next.start === w.end && next.kind === 'number';
  const previous = a.tokens[k - 1];
  // (Or after a dash glued to digits: an OHIP version code in lowercase, "4455-773-219-kt".)
  const beforeDash = a.tokens[k - 2];
  const afterDash = w.text.length <= 2 && !TWO_LETTER_WORDS.has(w.lower) && previous?.text === '-' && previous.end === w.start && beforeDash?.kind === 'number' && beforeDash.end === previous.start;
  const glued = (next !== undefined && next.start === w.end && (next.kind === 'number' || next.text === '-')) || (previous !== undefined && previous.end === w.start && previous.kind === 'number') || afterDash;
  // Up to three letters anywhere in a code; capitals glued to digits may be longer ("MORGA753116SM9IJ").
  if (/^[a-z]{1,3}$/i.test(w.text)) return glued || w.text.length === 1 || w.text === w.text.toUpperCase();
  return /^[A-Z]{4,6}$/.test(w.text) && glued;
}
