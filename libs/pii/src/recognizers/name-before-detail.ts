import { Analysis, Token } from '../analysis';
import { COMMON_WORDS, FIRST_NAMES, NOT_NAME_WORDS, SURNAMES } from '../dictionaries/names';
import { CONDITIONS, MEDICATIONS } from '../dictionaries/medical';
import { Candidate } from '../types';
import { isCapitalised, isWord } from './context';
import { MONTHS, parseDate } from './dates';
import { NUMBER_NOUNS } from './details-after';
import { INSURER_NAMED } from '../dictionaries/insurers';
import { namesAnIssuer } from './licence-by-issuer';
import { NOT_NAMES, PARTICLES, PLACE_STARTS, plain } from './person';

/**
 * "Minh sore gums", "Stavros (03) 9555 0178", "Haddad is the surname, i have ...", "it's Mei i live at ...": a caller's
 * turn that opens with a name and goes straight on to another fact. Read after the other recognizers, on what they chose:
 * the fact after the name is a span they found, a date, a number, or a clause that gives a detail; a word the engine
 * already took (a medicine, a condition) is never the name.
 */

/** What a turn may open with before the name. */
const OPENERS = new Set(['hi', 'hey', 'hello', 'hiya', 'um', 'uh', 'er', 'erm', 'yeah', 'yes', 'yep', 'ok', 'okay', 'so', 'oh', 'well', 'and', ',', "it's", 'its', 'like']);
const FILLERS = new Set(['um', 'uh', 'er', 'erm', ',']);
/** Single words of the medical lists: a condition or medicine said with a capital is no name ("Lupus", "Tramadol"). */
const MEDICAL_WORDS = new Set([...CONDITIONS, ...MEDICATIONS].filter((w) => !w.includes(' ')));
const inLexicon = (w: string) => FIRST_NAMES.has(w) || SURNAMES.has(w) || FIRST_NAMES.has(plain(w)) || SURNAMES.has(plain(w));
/** "o'shaughnessy", "mcgillivray": a surname of the lexicons behind its prefix is one too. */
const listed = (w: string) => inLexicon(w) || (/^(?:o'|mc|mac|d')\p{L}{3,}/u.test(w) && inLexicon(w.replace(/^(?:o'|mc|mac|d')/, '')));
/**
 * Words a turn opens with before a detail that lexicons hold as names or that no list has: a detail's own cue in
 * another language ("Postleitzahl 12047"), a form of address ("mate I'm ..."), "Born ...".
 */
const CUE_WORDS = new Set(['born', 'mate', 'ma', 'mam', 'mum', 'best', 'postleitzahl', 'geburtsdatum', 'rijbewijs', 'führerschein', 'fuhrerschein', 'permis', 'carnet',
  'eircode', 'postcode', 'iban', 'bsb', 'plz', 'bic', 'swift', 'sort', 'ip', 'telefon', 'telefoon', 'handy', 'móvil', 'movil', 'portable', 'adresse', 'dirección', 'adres']);
/** The asks whose answer opens with a place, a state, a clinic, never a name ("Preston, 3072" for the suburb and postcode). */
const OTHER_ASKS = ['phone', 'dob', 'ssn', 'insurance', 'mrn', 'license', 'account', 'card', 'card4', 'postal', 'address', 'email', 'ip'] as const;

type Strength = 'listed' | 'unknown' | 'word';

/** How a token reads as a name word: a name of the lexicons, a word of no list, or a name that is also a word ("Will"). */
function nameWord(w: Token | undefined, first: boolean): Strength | undefined {
  if (!isWord(w) || w.text.length < (isCapitalised(w) ? 2 : 3)) return undefined;
  const lower = w.lower;
  // "IBAN", "KA 7710": letters in capitals are an acronym or a code; "Mobile's", "DOB's": a word with "is" glued on.
  if ((w.text.length > 1 && /^\p{Lu}+(?:'s)?$/u.test(w.text)) || /'s$/.test(lower)) return undefined;
  // "Yasmin Al-Hashimi from ...": a medicine's name that is a given name too counts as a name only as a word-name does.
  if (MEDICAL_WORDS.has(lower) && isCapitalised(w) && FIRST_NAMES.has(lower)) return 'word';
  if (NOT_NAMES.has(lower) || PLACE_STARTS.has(lower) || CUE_WORDS.has(lower) || MEDICAL_WORDS.has(lower) || INSURER_NAMED.test(lower)) return undefined;
  // "Will", "Grace", "Ruby": a name only where the speech after it says so.
  if (COMMON_WORDS.has(lower)) return listed(lower) ? 'word' : undefined;
  if (NOT_NAME_WORDS.has(lower) || NUMBER_NOUNS.has(lower)) return undefined;
  // "Mei" (Dutch May) is a name unless a date follows it; the month names of other languages are read so in `readName`.
  if (MONTHS[lower] !== undefined && !isCapitalised(w)) return undefined;
  if (listed(lower)) return 'listed';
  // A word of no list: a name when capitalised ("Thandiwe"); lowercase only after a name ("lakeisha tolliver").
  if (w.text.length < 3 || /^\p{Lu}+$/u.test(w.text) || /(?:ing|ed|ly)$/.test(lower)) return undefined;
  // "o'shaughnessy", "mcgillicuddy": a surname's prefix makes a lowercase word of no list a name ("o'clock" is none).
  if (/^(?:o'|mc|fitz)\p{L}{3,}$/u.test(lower) && lower !== "o'clock") return 'listed';
  return isCapitalised(w) || !first ? 'unknown' : undefined;
}

/** Verbs a name-that-is-a-word takes and its word reading cannot: "Will needs", "Hope has" (not "Faith lost", "Grace broke"). */
const THIRD_PERSON = new Set(['needs', 'has', 'wants', 'takes', 'gets', "hasn't", "doesn't"]);
/** Verbs after "i" that go on to a detail of the speaker: "i have", "i live", "i'm a new patient". */
const I_VERBS = new Set(['have', 'live', 'am', 'need', 'take', 'was', 'had', 'got', 'broke', 'chipped', 'lost']);
const SELF_CLAUSES = new Set(["i'm", 'im', "i've", 'ive', "j'ai", 'tengo', 'habe', 'heb']);
const POSSESSIVES = new Set(['my', 'mi', 'mon', 'ma', 'mes', 'mein', 'meine', 'mijn']);
/** Third-person verbs of other languages after a patient's name: "Yannick a une carie", "Sophie prend du ...". */
const FOREIGN_VERBS = new Set(['prend', 'tiene', 'toma', 'hat', 'nimmt', 'heeft', 'neemt', 'ha', 'prende']);
const NAME_NOUNS = new Set(['name', 'surname', 'lastname', 'firstname']);
const NAME_KINDS = new Set(['last', 'first', 'family', 'given', 'sur', 'middle']);

/** Whether the tokens from `k` say the words before them were a name: "is the surname", "is my last name", "that's my first name". */
function nameCue(t: Token[], k: number): boolean {
  let m = k;
  if (t[m]?.text === ',' && (t[m + 1]?.lower === "that's" || t[m + 1]?.lower === 'thats')) m += 2;
  else if (t[m]?.lower === 'is') m += 1;
  else return false;
  if (t[m]?.lower !== 'the' && t[m]?.lower !== 'my') return false;
  m += 1;
  if (NAME_KINDS.has(t[m]?.lower ?? '')) m += 1;
  return NAME_NOUNS.has(t[m]?.lower ?? '');
}

/** The kind of fact said from `k`, if one: a span of another type found there, a date, a number, or a clause of a detail. */
function factAt(a: Analysis, chosen: readonly Candidate[], k: number, strong: boolean): boolean {
  const t = a.tokens;
  const w = t[k];
  if (w === undefined) return false;
  if (chosen.some((c) => c.type !== 'PERSON' && c.start === w.start)) return true;
  if (!strong) return THIRD_PERSON.has(w.lower);
  if (w.kind === 'number' || parseDate(t, k) !== undefined || monthWithin(t, k)) return true;
  const next = t[k + 1]?.lower ?? '';
  if (w.lower === 'i' && I_VERBS.has(next)) return true;
  if (SELF_CLAUSES.has(w.lower) || POSSESSIVES.has(w.lower) || FOREIGN_VERBS.has(w.lower) || THIRD_PERSON.has(w.lower)) return true;
  if (w.lower === 'a' && (next === 'une' || next === 'un')) return true;
  // "on amitriptyline": a medicine the engine found after "on".
  if (w.lower === 'on' && t[k + 1] && chosen.some((c) => c.type === 'MEDICATION' && c.start === t[k + 1]!.start)) return true;
  // "from 324 King William Road": where the one named lives.
  if (w.lower === 'from' && t[k + 1] && chosen.some((c) => c.type === 'STREET_ADDRESS' && c.start === t[k + 1]!.start)) return true;
  // "for the two o'clock", "for my cleaning": the booking the name is for.
  if (w.lower === 'for' && (next === 'the' || next === 'my' || next === 'a' || next === 'an')) return true;
  return w.lower === 'last' && (next === 'four' || next === '4');
}

const DAY_WORD = /^(?:the|of|de|\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\p{L}+teenth|twenty|thirty|twentieth|thirtieth)$/u;
/** "eighth of August nineteen sixty", "diecisiete de abril": a month within three words, after a day's words. */
function monthWithin(t: Token[], k: number): boolean {
  for (let m = k; m < k + 3 && m < t.length; m++) {
    if (MONTHS[t[m]!.lower] !== undefined) return m > k;
    if (t[m]!.kind !== 'number' && !DAY_WORD.test(t[m]!.lower)) return false;
  }
  return false;
}

/** Where the name read from `i` ends (exclusive token index), and whether it holds a word that is no everyday word. */
export function readName(t: Token[], i: number, taken: (w: Token) => boolean, factStarts: (k: number) => boolean, lowerFirst = false): { end: number; strong: boolean; listed: boolean } | undefined {
  let k = i;
  let words = 0;
  let strong = false;
  let inLists = false;
  while (k < t.length && words < 3) {
    const w = t[k]!;
    if (w.line !== t[i]!.line || taken(w) || (words > 0 && factStarts(k))) break;
    // "van den Broek", "Puig i Ferrer", "Ó Dónaill": particles inside a name, before its capitalised word.
    if (PARTICLES.has(w.lower) || (words > 0 && w.lower === 'i')) {
      let p = k;
      while (p < k + 2 && t[p] && (PARTICLES.has(t[p]!.lower) || (words > 0 && t[p]!.lower === 'i'))) p++;
      const after = t[p];
      if (after && after.line === w.line && isCapitalised(after) && !taken(after) && nameWord(after, false) !== undefined) {
        k = p;
        continue;
      }
    }
    // "al-hashimi", "el-amin", "ben-david": a particle glued by a hyphen to a name word is one word of the name.
    const glued = t[k + 1]?.text === '-' && t[k + 1]!.start === w.end && t[k + 2]?.start === t[k + 1]!.end;
    if (words > 0 && PARTICLES.has(w.lower) && glued && !taken(t[k + 2]!) && nameWord(t[k + 2], false) !== undefined) {
      words++;
      k += 3;
      continue;
    }
    const s = nameWord(w, words === 0 && !lowerFirst);
    if (s === undefined || (MONTHS[w.lower] !== undefined && (parseDate(t, k) !== undefined || t[k + 1]?.kind === 'number'))) break;
    // A lowercase word of no list ("grace period") is read into a name but makes none of a word alone.
    strong ||= s === 'listed' || (s === 'unknown' && isCapitalised(w));
    inLists ||= s !== 'unknown';
    words++;
    k++;
    // "Nakamura-Ellis": a hyphen joins two name words.
    if (t[k]?.text === '-' && t[k]!.start === w.end && t[k + 1]?.start === t[k]!.end && nameWord(t[k + 1], false) !== undefined) k += 2;
  }
  return words === 0 ? undefined : { end: k, strong, listed: inLists };
}

/** The name a caller's turn opens with before another fact: none for an agent's turn. */
export function nameBeforeDetail(a: Analysis, chosen: readonly Candidate[]): Candidate[] {
  if (a.agent || OTHER_ASKS.some((ask) => a.asked.has(ask))) return [];
  const t = a.tokens;
  const taken = (w: Token) => chosen.some((c) => c.start < w.end && w.start < c.end);
  let i = 0;
  while (i < t.length && i < 4 && OPENERS.has(t[i]!.lower) && !taken(t[i]!)) i++;
  if ((t[i]?.lower === 'this' || t[i]?.lower === 'it') && t[i + 1]?.lower === 'is') i += 2;
  // "Jordi Puig i Ferrer, mi móvil ...": a name the engine found in part ("Jordi Puig") is read whole and replaces that part.
  const head = t[i] ? chosen.find((c) => (c.type === 'PERSON' || (c.type === 'MEDICATION' && FIRST_NAMES.has(t[i]!.lower))) && c.start === t[i]!.start) : undefined;
  const free = (w: Token) => !taken(w) || (head !== undefined && w.start >= head.start && w.end <= head.end);
  const name = t[i] ? readName(t, i, (w) => !free(w), (k) => factAt(a, chosen, k, true)) : undefined;
  if (name === undefined) return t[i] && !isCapitalised(t[i]!) ? unlistedBeforeDetail(a, chosen, i, free) : [];
  let k = name.end;
  if (nameCue(t, k)) return head !== undefined && head.end >= t[k - 1]!.end ? [] : [candidate(a, i, k - 1, 'person.before-detail.cue')];
  while (FILLERS.has(t[k]?.lower ?? '') && k < name.end + 2) k++;
  // A name of no list, or one that is also a word, needs the fact found right after it: "Ruby ruby.k at ...".
  const direct = k === name.end;
  if (!name.strong && !direct) return [];
  if (!factAt(a, chosen, k, name.strong)) return [];
  // One word of no list is as often a brand, a town or a thing's label ("Colgate i have", "Optus my phone", "Gate 4"):
  // a name only after "it's", or before a span found or a date.
  const span = chosen.find((c) => c.type !== 'PERSON' && c.start === t[k]?.start);
  const opened = i > 0 && ["it's", 'its', 'is'].includes(t[i - 1]!.lower);
  if (!name.listed && i === name.end - 1 && !opened && span === undefined && parseDate(t, k) === undefined && !monthWithin(t, k)) return [];
  // One word before a postcode, or a short number that is no date, is as often its town ("Paris 75011", "Sydney 2000").
  const shortNumber = t[k]?.kind === 'number' && t[k]!.text.length <= 5 && span === undefined && parseDate(t, k) === undefined;
  if (i === name.end - 1 && (span?.type === 'POSTAL_CODE' || shortNumber)) return [];
  // "sun life policy ...": an insurer's name read as a person's; "it's California, B 773 1902": a licence's issuer.
  if (INSURER_NAMED.test(a.lower.slice(t[i]!.start, t[name.end - 1]!.end))) return [];
  if (span?.type === 'DRIVER_LICENSE' && namesAnIssuer(a, i, name.end - 1)) return [];
  if (head !== undefined && head.end >= t[name.end - 1]!.end) return [];
  return [candidate(a, i, name.end - 1, 'person.before-detail')];
}

/**
 * The details whose span, found right after two or three words opening a turn, says those words were the caller's name.
 * (Not an identifier: the words before one are as often its card's name, "carte vitale 2 87 ...", "tarjeta sanitaria ...".)
 */
const IDENTIFYING = new Set(['DATE_OF_BIRTH', 'PHONE', 'EMAIL']);

/**
 * "hyejin yoon August 14, 2001 ...", "thanh nguyen 0412 ...": lowercase words of no list opening a turn are a name when
 * two or three of them are followed at once by a birth date, a phone or an e-mail the engine found, as a caller
 * lists their details. One word alone is not enough ("bruxism August 14" is a condition and a date).
 */
function unlistedBeforeDetail(a: Analysis, chosen: readonly Candidate[], i: number, free: (w: Token) => boolean): Candidate[] {
  const t = a.tokens;
  const name = readName(t, i, (w) => !free(w), (k) => chosen.some((c) => c.type !== 'PERSON' && c.start === t[k]!.start), true);
  if (name === undefined || name.end - i < 2) return [];
  const span = chosen.find((c) => c.start === t[name.end]?.start);
  if (span === undefined || !IDENTIFYING.has(span.type)) return [];
  if (INSURER_NAMED.test(a.lower.slice(t[i]!.start, t[name.end - 1]!.end))) return [];
  return [candidate(a, i, name.end - 1, 'person.before-detail.unlisted')];
}

function candidate(a: Analysis, first: number, last: number, rule: string): Candidate {
  const start = a.tokens[first]!.start;
  const end = a.tokens[last]!.end;
  return { type: 'PERSON', start, end, rule, confidence: 0.75, value: a.lower.slice(start, end) };
}
