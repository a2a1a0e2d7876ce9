import { Analysis, TEENS, TENS, Token, UNITS } from '../analysis';
import { wordTable } from '../word-table';
import { Candidate } from '../types';
import { validDate } from '../validators';
import { endingsOf, findCueBefore, phrases } from './context';
import { flagWord } from '../word-memo';
import { COMMON_WORDS, NOT_NAME_WORDS } from '../dictionaries/names';
import { aboutAnEvent, type DateReading, uncuedBirthDates } from './dob-uncued';
import { startsOf, startWord } from '../starts';

const BIRTH_CUES = phrases('born', 'born on', 'nació el', 'nacio el', 'nací el', 'naci el', 'nacida el', 'nacido el', 'geboren op', 'geboren am', 'date of birth', 'birth date', 'birthdate', 'birthday', "birthday's", 'dob', "dob's", 'd.o.b', 'd . o . b', 'd o b', 'birth', 'bday', 'born in', 'birthday is', 'geboren', 'né le', 'née le', 'nacido', 'nacida', 'fecha de nacimiento', 'date de naissance', 'geburtsdatum', 'data di nascita', 'nato il', 'nata il', 'nato nel', 'nata nel', 'data de nascimento', 'nascido em', 'nascida em');
const SKIP = new Set(['is', 'was', 'on', 'the', ':', 'my', "it's", 'its', ',', '-', 'in', 'uh', 'um', 'er', 'erm', 'of', 'it', 'be', 'would', 'yeah', 'yes', 'sure', 'ok', 'okay', "that's", '.', 'like']);

/** Month names in the languages callers use, by their number (the address rules read them too: "freiburg im januar" is no town). */
export const MONTHS = wordTable({
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6, july: 7, jul: 7,
  august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
  // French, German, Spanish and Dutch month names (callers switch languages): where one spells like an English word it is left out.
  janvier: 1, février: 2, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, août: 8, aout: 8, septembre: 9, octobre: 10, novembre: 11,
  décembre: 12, decembre: 12, januar: 1, februar: 2, märz: 3, juni: 6, juli: 7, oktober: 10, dezember: 12, enero: 1, febrero: 2, marzo: 3,
  abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8, septiembre: 9, setiembre: 9, octubre: 10, noviembre: 11, diciembre: 12, januari: 1,
  februari: 2, maart: 3, mei: 5, augustus: 8,
  // Italian and Portuguese (where not spelt as above): "5 maggio 2009", "12 de outubro de 1990".
  gennaio: 1, febbraio: 2, aprile: 4, maggio: 5, giugno: 6, luglio: 7, settembre: 9, ottobre: 10, dicembre: 12, janeiro: 1, fevereiro: 2,
  março: 3, maio: 5, junho: 6, julho: 7, setembro: 9, outubro: 10, novembro: 11, dezembro: 12,
  // How speech-to-text and hurried notes misspell them: a dropped or swapped letter ("febuary", "septmber").
  febuary: 2, feburary: 2, febrary: 2, januray: 1, janurary: 1, agust: 8, augest: 8, septmber: 9, setember: 9, septemeber: 9,
  ocotber: 10, octber: 10, novmber: 11, novemeber: 11, decmber: 12, decemeber: 12,
});
/** Month abbreviations a dot may close: "Mar. 14", "Sept. 3" (the dot is no sentence's end). */
const ABBREVIATED = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
/** The words `MONTHS[word]` finds, for one set lookup per token. */
const MONTH_NAMES = new Set(Object.keys(MONTHS));
const ORDINALS = wordTable({
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11,
  twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19,
  twentieth: 20, thirtieth: 30,
});

type Parsed = DateReading;

const birthCueEnd = endingsOf(BIRTH_CUES);

/** A comma: a date listed among the caller's details follows one (a comma's token is its only text lowercasing to ','). */
const commaWord = startWord((w) => w === ',');

/**
 * Dates of birth: a real calendar date right after a birth cue ("born on", "date of birth",
 * "DOB", "birthday"). Without a cue a date is an appointment date and is never masked.
 */
export function datesOfBirth(a: Analysis, country = 'US'): Candidate[] {
  const found: Candidate[] = [];
  const t = a.tokens;
  const now = a.now;
  const dayFirstCountry = country !== 'US' && country !== 'CA' && country !== 'PH';
  const parse = datesOf(t, now, dayFirstCountry);
  for (let i = 0; i < t.length; i++) {
    const cued = i > 0 && birthCueEnd.of(t[i - 1]!) && findCueBefore(a, i, BIRTH_CUES, 1) !== undefined;
    // The answer to "date of birth?" may start a few words in: "uh yeah it's march fourth...".
    if (!cued && !(a.asked.has('dob') && i < 8 && (i === 0 || !t.slice(0, i).some((x) => x.kind === 'number')))) continue;
    let k = i;
    while (k < t.length && SKIP.has(t[k]!.lower) && k - i < 4) k++;
    // After a cue, three numbers said with spaces ("born 2 28 1983") are a date; alone they could be anything.
    const parsed = parse(k) ?? spacedNumbers(t, k, now, dayFirstCountry) ?? (a.asked.has('dob') && !cued ? yearAlone(t, k, now) : undefined) ?? (cued ? yearFirst(t, k, now, true) ?? monthAndYear(t, k, now) : undefined);
    if (!parsed && !cued) continue;
    // "date of birth?" - "sure, and can I come in on May 3rd?": an answer that turns to a visit gives the visit's date
    // (one with a birth year stays the birth date: "it's for the appointment, 2/2/1970").
    if (!cued && parsed && !birthYear(parsed, now) && VISIT_ASKED.test(t.slice(0, k).map((x) => x.lower).join(' '))) continue;
    if (!parsed || !validDate(parsed.year, parsed.month, parsed.day, now)) continue;
    // "the second of February", "the 3rd of the 8th": the article belongs to the date.
    if (t[k - 1]?.lower === 'the' && k - 1 >= i && (t[k]!.kind !== 'number' || ['st', 'nd', 'rd', 'th'].includes(t[k + 1]?.lower ?? ''))) k--;
    found.push(dob(t, k, parsed, 'dob.cued'));
    const again = restated(t, parsed.end, now, parse) ?? corrected(t, parsed.end, now, parse);
    if (again) found.push(again);
  }
  // "it's 9/3/87, September third": a past date said twice, in two forms, is the caller's birth date even without a cue.
  // One of the two names its month (or a holiday): without such a word in the turn there is nothing to read.
  let namesAMonth = false;
  let namesAHoliday = false;
  // A holiday's word settles both: the rest of the turn cannot change them.
  for (let i = 0; i < t.length && !namesAHoliday; i++) {
    const x = t[i]!;
    if (x.kind !== 'word') continue;
    if (holidayStart.of(x)) namesAMonth = namesAHoliday = true;
    else if (monthName.of(x)) namesAMonth = true;
  }
  for (let i = 0; namesAMonth && i < t.length; i++) {
    if (!mayStartDate(t[i]!) || found.some((f) => f.start <= t[i]!.start && t[i]!.start < f.end)) continue;
    const parsed = parse(i);
    if (!parsed || !birthYear(parsed, now) || aboutAVisit(t, i) || !validDate(parsed.year, parsed.month, parsed.day, now)) continue;
    const again = restated(t, parsed.end, now, parse, 4);
    if (!again) continue;
    found.push(dob(t, i, parsed, 'dob.restated', 0.9), again);
    i = parsed.end;
  }
  // "03-22-1991 is my DOB": the cue after the date.
  const cueLater = a.lower.includes('dob') || a.lower.includes('birth') || a.lower.includes('born') || a.lower.includes('geboren');
  for (let i = 0; cueLater && i < t.length; i++) {
    if (!mayStartDate(t[i]!) || found.some((f) => f.start <= t[i]!.start && t[i]!.start < f.end)) continue;
    const parsed = parse(i);
    if (!parsed || !validDate(parsed.year, parsed.month, parsed.day, now)) continue;
    const after = t.slice(parsed.end, parsed.end + 8).map((x) => x.lower).join(' ');
    // "23/07/1967 is me date of birth": "me" for "my", as Irish and British callers say it.
    // "..., that's my son harpreet's birthday": a relation and a name may come between the owner and the cue.
    if (/^(?:is|was|'s) (?:my|me|his|her|their|the) (?:dob|date of birth|birthday|birth date|birthdate)\b|^(?:,\s)?(?:(?:so|and)\s)?(?:that's|that is|which is|which's|thats) (?:my|me|his|her|their|our) (?:[a-z]+ ){0,2}?(?:[a-z]+'s )?(?:dob|date of birth|birthday|bday)\b/.test(after) || BORN_AFTER.test(after)) found.push(dob(t, t[i - 1]?.lower === 'the' ? i - 1 : i, parsed, 'dob.cued_after', 0.95));
  }
  // "Dawn Pickering, 01-25-1944, 382 Guadalupe Street": a past date with its year, said between commas among the caller's details.
  for (const comma of startsOf(t, commaWord)) {
    const i = comma + 1;
    if (i >= t.length || !mayStartDate(t[i]!) || found.some((f) => f.start <= t[i]!.start && t[i]!.start < f.end)) continue;
    // ("Declan Ferris, 9 19 2004, ...": numbers written apart with a four-digit year are as whole a date between commas.)
    const parsed = numericDate(t, i, now, dayFirstCountry) ?? monthFirst(t, i, now) ?? (t[i + 2]?.text.length === 4 ? spacedNumbers(t, i, now, dayFirstCountry) : undefined);
    if (!parsed || !birthYear(parsed, now) || aboutAVisit(t, i) || !validDate(parsed.year, parsed.month, parsed.day, now)) continue;
    if (t[parsed.end] !== undefined && t[parsed.end]!.text !== ',') continue;
    found.push(dob(t, i, parsed, 'dob.listed', 0.95));
  }
  // "jasmine reyes-whitfield feb 9 64 i'm a new patient": a month, a day and a two-digit year of the last century (at most
  // ninety-five years back), said about no visit and followed by no time or amount, is a birth date; nobody names a visit's
  // year in two digits.
  for (let i = 0; namesAMonth && i < t.length; i++) {
    if (!monthName.of(t[i]!) || found.some((f) => f.start <= t[i]!.start && t[i]!.start < f.end)) continue;
    const parsed = monthFirst(t, i, now);
    const year = parsed && t[parsed.end - 1];
    if (!parsed || parsed.year === undefined || !year || year.kind !== 'number' || year.text.length !== 2 || !now || parsed.year >= 2000 || parsed.year < now.getUTCFullYear() - 95) continue;
    // "feb 9 11 30", "march 3 10 am", "march 3 45 dollars": a time or an amount, not a year.
    const next = t[parsed.end];
    if (next && (next.kind === 'number' || next.text === ':' || NOT_A_YEAR_AFTER.has(next.lower))) continue;
    if (aboutAVisit(t, i) || !validDate(parsed.year, parsed.month, parsed.day, now)) continue;
    found.push(dob(t, i, parsed, 'dob.two_digit_year', 0.93));
  }
  // "my boy Lachlan, he's the 3rd of the 9th 2014": a past date with its birth year said to be what a person "is" is their birth date.
  for (let i = 1; i < t.length; i++) {
    if (!being.of(t[i - 1]!) || found.some((f) => f.start <= t[i]!.start && t[i]!.start < f.end)) continue;
    const k = t[i]!.lower === 'the' ? i + 1 : i;
    if (!mayStartDate(t[k] ?? t[i]!)) continue;
    const parsed = parse(k) ?? spacedNumbers(t, k, now, dayFirstCountry);
    if (!parsed || parsed.yearOnly || !birthYear(parsed, now) || aboutAVisit(t, k) || !validDate(parsed.year, parsed.month, parsed.day, now)) continue;
    found.push(dob(t, i, parsed, 'dob.being', 0.9));
  }
  // "First of April 1967?", "so that's the 3rd of May 1988, is that right?": the agent reading a past date with its year
  // back as a question confirms the birth date the caller gave; a visit's date is said with the visit's words.
  for (let i = 0; a.agent && namesAMonth && i < t.length; i++) {
    if (!mayStartDate(t[i]!) || found.some((f) => f.start <= t[i]!.start && t[i]!.start < f.end)) continue;
    const parsed = parse(i);
    // ("The referral is dated 3 March 2020, correct?": a letter's or a card's date read back is theirs.)
    if (!parsed || parsed.yearOnly || !birthYear(parsed, now) || aboutAVisit(t, i) || aboutAnEvent(t, i) || !validDate(parsed.year, parsed.month, parsed.day, now)) continue;
    const rest = a.lower.slice(t[parsed.end - 1]!.end, t[parsed.end - 1]!.end + 40);
    if (!READ_BACK_AFTER.test(rest)) continue;
    found.push(dob(t, t[i - 1]?.lower === 'the' ? i - 1 : i, parsed, 'dob.read_back', 0.9));
    i = parsed.end;
  }
  // Without a month's name only a written date (digits and separators) can be whole.
  // Without a month's name (or "the 14th of the 7th") only a written date (digits and separators) can be whole.
  const monthSaid = namesAMonth || a.lower.includes(' of the ');
  // "Hamid Okafor 11 03 1977": day, month and a four-digit year said as spaced numbers, right after a turn's opening
  // capitalised words (a name) and closing the clause, read as written ("room 3 19 2014 is upstairs" stays a number).
  const spacedWhole = (i: number) =>
    t[i + 2]?.text.length === 4 && afterOpeningName(t, i) && (t[i + 3] === undefined || t[i + 3]!.kind === 'punct') ? spacedNumbers(t, i, now, dayFirstCountry) : undefined;
  // "Inés diecisiete de abril de 1992": a date in the clinics' other languages, when its year is written in digits.
  const foreignWithYear = (i: number) => {
    const p = foreignDate(t, i);
    return p?.year === undefined ? undefined : p;
  };
  // "ivana horvat oh four oh three nineteen seventy i've got ...": digits said as words after the turn's opening name, ending
  // in a year said whole with its century ("nineteen seventy", "two thousand four"), are as whole a date as a written one.
  const spokenWhole = (i: number) => {
    if (!afterOpeningWords(t, i)) return undefined;
    const p = spokenDigits(t, i, now, dayFirstCountry) ?? spokenNumbers(t, i, now, dayFirstCountry);
    const century = p && t[p.end - 1]!.kind === 'word' ? t.slice(i, p.end).findIndex((x) => x.lower === 'nineteen' || x.lower === 'thousand') : -1;
    return p && century >= 2 ? p : undefined;
  };
  const named = (i: number) =>
    numericDate(t, i, now, dayFirstCountry) ?? spacedWhole(i) ?? spokenWhole(i) ?? (monthSaid ? yearFirst(t, i, now) ?? monthFirst(t, i, now) ?? dayFirst(t, i, now) ?? foreignWithYear(i) : undefined);
  const opening = t[4]?.start ?? Infinity;
  const mayStart = (w: Token) => w.kind === 'number' || (w.kind === 'word' && ((monthSaid && (wholeDateStart.of(w) || isForeignNumber(w))) || (w.start <= opening && dateStartWord.of(w))));
  found.push(...uncuedBirthDates(a, found, { read: named, mayStart, aboutAVisit }));
  // "I'm a Halloween baby": a holiday as a birthday.
  for (let i = 0; namesAHoliday && i < t.length; i++) {
    const holiday = holidayAt(t, i);
    if (holiday && t[holiday.end]?.lower === 'baby') found.push({ type: 'DATE_OF_BIRTH', start: t[i]!.start, end: t[holiday.end - 1]!.end, rule: 'dob.holiday', confidence: 0.9, value: `????-${holiday.month}-${holiday.day}` });
  }
  return found;
}

/** "May 3rd 2025, that's when she was born", "ist am 3. Mai 2025 geboren": the birth said after its date. */
const BORN_AFTER = /^geboren\b|^(?:,\s)?(?:that's|that is|which is|thats) when (?:i|he|she|they|we|you) (?:was|were) born\b/;

/** Words before a date in an answer to "date of birth?" that make it a visit's date instead. */
const VISIT_ASKED = /\b(?:come|coming|came|in on|appointment|appt|booked|book|visit|see (?:you|her|him|the)|move it|reschedule)\b/;

/** Words after "march 3 45" that make the last number a time or an amount. */
const NOT_A_YEAR_AFTER = new Set(['am', 'pm', 'a.m', 'p.m', "o'clock", 'oclock', 'dollars', 'bucks', 'euros', 'pounds', 'minutes', 'mins', 'hours', 'percent', '%', 'mg', 'ml', 'times', 'people', 'patients']);

/** A read-back's question after the date: "?", "is that right / correct" before the sentence ends, or ", correct?". */
const READ_BACK_AFTER = /^[^.!?]{0,4}\?|^,?\s*(?:is that|that's|was that) (?:right|correct)\b|^,?\s*(?:right|correct)\s*\?/;

/** What a person is said to be before their birth date: "he's the 3rd of the 9th 2014". */
const BEING = new Set(["he's", "she's", 'hes', 'shes']);

/** Whether a date can start at this token (a cheap test before parsing): a number, a month, an ordinal or a number word. */
function mayStartDate(w: Token): boolean {
  if (w.kind === 'number') return true;
  return w.kind === 'word' && dateStartWord.of(w);
}
/** The words a written or named date with its year can start with: a month, an ordinal day, or a year said first. */
const wholeDateStart = flagWord((w) => MONTH_NAMES.has(w) || w in ORDINALS || w === 'nineteen' || w === 'two' || w === 'twenty' || w === 'thirty');
const dateStartWord = flagWord((w) => DATE_STARTS.has(w) || foreignNumberWord(w));

/**
 * `parseDate` at each token of one turn, read once: the rules below ask again at the same tokens
 * (a date restated, a cue after the date), and each reading tries every form of date.
 */
function datesOf(t: Token[], now: Date | undefined, dayFirstCountry: boolean): (i: number) => Parsed | undefined {
  const memo: Array<Parsed | null | undefined> = new Array(t.length + 1);
  return (i) => {
    let parsed = memo[i];
    if (parsed === undefined) memo[i] = parsed = parseDate(t, i, now, dayFirstCountry) ?? null;
    return parsed ?? undefined;
  };
}

/** Without a cue, only a year two or more years back can be a birth year: last month's visit is no birthday. */
function birthYear(parsed: Parsed, now: Date | undefined): boolean {
  return parsed.year !== undefined && now !== undefined && parsed.year <= now.getUTCFullYear() - 2;
}

/** Words before a date in its sentence that make it a visit's: "I was last in on 03/04/2025", "we came in on Tuesday, ...". */
const VISIT_WORDS = new Set(['visit', 'last', 'came', 'come', 'appointment', 'appt', 'seen', 'saw', 'booked', 'cleaning', 'checkup', 'filling', 'since', 'until', 'moved', 'started', 'surgery', 'extraction', 'treatment', 'from', 'on']);
/** Prepositions that make a date a span's end only when they govern it ("from 03/04/2025", "on the 3rd"), not a place said before ("from the Emerson dorms, 9 19 2004"). */
const GOVERNING = new Set(['from', 'on', 'since', 'until']);

function aboutAVisit(t: Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 8); k--) {
    if (['.', '?', '!'].includes(t[k]!.text)) return false;
    if (VISIT_WORDS.has(t[k]!.lower) && (k >= i - 2 || !GOVERNING.has(t[k]!.lower))) return true;
  }
  return false;
}

function dob(t: Token[], k: number, parsed: Parsed, rule: string, confidence = 0.97): Candidate {
  const month = String(parsed.month).padStart(2, '0');
  const value = parsed.yearOnly ? `${parsed.year}-??-??` : parsed.monthOnly ? `${parsed.year}-${month}-??` : `${parsed.year ?? '????'}-${month}-${String(parsed.day).padStart(2, '0')}`;
  return { type: 'DATE_OF_BIRTH', start: t[k]!.start, end: t[parsed.end - 1]!.end, rule, confidence, value };
}

/** Words between a date of birth and the same date said again: "born 03.02.1975, the third of February", "9/3/87, sorry, September third". */
const RESTATING = new Set([',', 'the', 'sorry', 'i', 'mean', 'no', 'wait', 'or', "that's", 'so', 'uh', 'um', 'like', '-', 'in', 'words']);

/**
 * A date said right after a date of birth restates or corrects it: each mention is a date of birth.
 * "12.08.1971, the German way, twelfth of August": a few other words may come between.
 */
function restated(t: Token[], end: number, now: Date | undefined, parse: (i: number) => Parsed | undefined, otherWords = 0): Candidate | undefined {
  let k = end;
  let other = 0;
  while (k < t.length && k < end + 5 + otherWords) {
    if (RESTATING.has(t[k]!.lower)) k++;
    else if (other < otherWords && t[k]!.kind === 'word' && !MONTHS[t[k]!.lower] && !(t[k]!.lower in ORDINALS)) (k++, other++);
    else break;
  }
  // "seven eleven ninety five july eleventh": a month name said straight after is the date again, without a pause.
  if ((k === end && !(t[k] !== undefined && monthName.of(t[k]!))) || t[k - 1]!.text !== ',' && other > 0 || (t[k]?.kind === 'number' && t[k - 1]?.lower !== ',' && t[k - 1]?.lower !== 'so')) return undefined;
  // "born 12/07/1990, twelve of July": the day said as a cardinal.
  // "the first of July, Canada Day": a holiday without a year after the date names the day, it gives no date again.
  const holiday = holidayAt(t, k);
  if (holiday && !(t[holiday.end - 1]?.kind === 'number')) return undefined;
  const again = parse(k) ?? cardinalOfMonth(t, k);
  // "…, sorry, the fourteenth of March eighty-five": the article belongs to the date said again, as to the first.
  return again && validDate(again.year, again.month, again.day, now) ? dob(t, t[k - 1]!.lower === 'the' ? k - 1 : k, again, 'dob.restated', 0.96) : undefined;
}

/** "twenty of may ninety six": a day said as a cardinal, the "of" and a month's name after it saying it is a day. */
function cardinalDayOf(t: Token[], k: number): { value: number; next: number } | undefined {
  const day = readSmall(t, k);
  return day && day.value <= 31 && t[day.next]?.lower === 'of' && MONTHS[t[day.next + 1]?.lower ?? ''] !== undefined ? day : undefined;
}

/** "twelve of July", "twenty one of March": a day said as a cardinal number, "of", a month. */
function cardinalOfMonth(t: Token[], k: number): Parsed | undefined {
  const day = readSmall(t, k);
  const month = day && t[day.next]?.lower === 'of' ? MONTHS[t[day.next + 1]?.lower ?? ''] : undefined;
  return day && month ? { end: day.next + 2, month, day: day.value } : undefined;
}

/** Words that take back the date just said: "... wait no that's my husband's, mine is ...". */
const TAKING_BACK = new Set(['no', 'wait', 'sorry', 'actually', 'oops', 'mean', 'correction', 'scratch', 'wrong', 'should']);

/** Words that say the date corrected is a visit's, not a birth's: "no wait, I'm booked in for the 3rd of May". */
const NOT_A_BIRTH = new Set(['appointment', 'appt', 'booked', 'booking', 'visit', 'coming', 'come', 'see', 'seen', 'next', 'until', 'since', 'moved']);

/**
 * A date of birth taken back and said again within the sentence: "1 1 slash 2 2 slash 1 9 8 0... wait no that's my
 * husband's, mine is the 3rd of April 1983". A word taking it back comes first (within four tokens), then the date
 * within twelve, with no number, visit or sentence end between.
 */
function corrected(t: Token[], end: number, now: Date | undefined, parse: (i: number) => Parsed | undefined): Candidate | undefined {
  let takenBack = false;
  let yearTakenBack = false;
  for (let k = end; k < t.length && k < end + 14; k++) {
    const w = t[k]!;
    if (w.text === '?' || w.text === '!' || NOT_A_BIRTH.has(w.lower) || (w.text === '.' && t[k + 1]?.text !== '.' && t[k - 1]?.text !== '.')) return undefined;
    if (TAKING_BACK.has(w.lower) && k < end + 6) takenBack = true;
    // "Anzac Day actually, ninety-nine": "actually" adds the year; only a word of taking back puts one right.
    if (TAKING_BACK.has(w.lower) && w.lower !== 'actually' && k < end + 6) yearTakenBack = true;
    if (!takenBack || !mayStartDate(w)) {
      if (w.kind === 'number') return undefined;
      continue;
    }
    const again = parse(k);
    // "march the eleventh... no wait, march twelfth": the day taken back is said again without the year.
    if (again && !again.yearOnly && (again.year !== undefined || t.slice(k, again.end).some((x) => x.kind === 'word' && monthName.of(x))) && validDate(again.year, again.month, again.day, now)) return dob(t, t[k - 1]!.lower === 'the' ? k - 1 : k, again, 'dob.corrected', 0.93);
    // "... nineteen ninety nine, wait no, ninety eight", "march 3 1980, sorry, 1981": the year alone put right, closing the clause.
    const year = yearTakenBack ? readYear(t, k, now, true) ?? spokenTwoDigitYear(t, k, now) : undefined;
    if (year && (t[year.next] === undefined || t[year.next]!.kind === 'punct') && now && year.value < now.getUTCFullYear() && year.value > now.getUTCFullYear() - 120) {
      return dob(t, k, { end: year.next, year: year.value, month: 1, day: 1, yearOnly: true }, 'dob.year_corrected', 0.9);
    }
    if (w.kind === 'number') return undefined;
  }
  return undefined;
}

/** Holidays callers give as birthdays, by their words: "Christmas Day", "Halloween 2016". */
const HOLIDAYS: Array<[string[], number, number]> = [
  [['halloween'], 10, 31], [['christmas', 'day'], 12, 25], [['christmas', 'eve'], 12, 24], [['christmas'], 12, 25], [['new', "year's", 'day'], 1, 1],
  [['new', "year's", 'eve'], 12, 31], [["valentine's", 'day'], 2, 14], [['valentines', 'day'], 2, 14], [['st', "patrick's", 'day'], 3, 17],
  [['paddy’s', 'day'], 3, 17], [["paddy's", 'day'], 3, 17], [['independence', 'day'], 7, 4], [['boxing', 'day'], 12, 26], [['bastille', 'day'], 7, 14],
  [['canada', 'day'], 7, 1], [['australia', 'day'], 1, 26], [['anzac', 'day'], 4, 25], [['fourth', 'of', 'july'], 7, 4], [['leap', 'day'], 2, 29],
];

const HOLIDAY_STARTS = new Set(HOLIDAYS.map(([words]) => words[0]!));
const holidayStart = flagWord((w) => HOLIDAY_STARTS.has(w));
const monthName = flagWord((w) => MONTH_NAMES.has(w));
const being = flagWord((w) => BEING.has(w));

function holidayAt(t: Token[], i: number): { end: number; month: number; day: number } | undefined {
  if (!HOLIDAY_STARTS.has(t[i]?.lower ?? '')) return undefined;
  for (const [words, month, day] of HOLIDAYS) {
    if (!words.every((w, k) => t[i + k]?.lower === w)) continue;
    const end = i + words.length;
    // "Halloween 2016", "boxing day twenty twelve": the year said after the holiday, in digits or words.
    const year = t[end]?.kind === 'number' ? (t[end]!.text.length === 4 ? end + 1 : end) : (readYear(t, end)?.next ?? end);
    return { end: year, month, day };
  }
  return undefined;
}

export function parseDate(t: Token[], i: number, now?: Date, dayFirstCountry = false): Parsed | undefined {
  return numericDate(t, i, now, dayFirstCountry) ?? yearFirst(t, i, now) ?? monthFirst(t, i, now) ?? dayFirst(t, i, now) ?? spokenSeparated(t, i, now, dayFirstCountry) ?? spokenNumbers(t, i, now, dayFirstCountry) ?? spokenDigits(t, i, now, dayFirstCountry) ?? holidayDate(t, i) ?? foreignDate(t, i);
}

/** "2 28 1983", "23 4 1976", "9 3 88": month (or day), day and year written apart. */
/** The tokens before `i` are one to four capitalised words and nothing else: a name opening the turn. */
function afterOpeningName(t: Token[], i: number): boolean {
  return i >= 1 && i <= 4 && t.slice(0, i).every((x) => x.kind === 'word' && /^\p{Lu}/u.test(x.text));
}

/** The tokens before `i` are two to four words that are no everyday words, and nothing else: a name opening the turn, in any case. */
function afterOpeningWords(t: Token[], i: number): boolean {
  return i >= 2 && i <= 4 && t.slice(0, i).every((x) => x.kind === 'word' && x.text.length > 1 && !COMMON_WORDS.has(x.lower) && !NOT_NAME_WORDS.has(x.lower));
}

function spacedNumbers(t: Token[], i: number, now: Date | undefined, dayFirstCountry: boolean): Parsed | undefined {
  const [a, b, c] = t.slice(i, i + 3);
  if (!a || !b || !c || a.kind !== 'number' || b.kind !== 'number' || c.kind !== 'number') return undefined;
  if (a.text.length > 2 || b.text.length > 2 || (c.text.length !== 2 && c.text.length !== 4) || t[i + 3]?.kind === 'number') return undefined;
  const year = c.text.length === 4 ? Number(c.text) : expandYear(Number(c.text), now);
  const swap = (dayFirstCountry && Number(b.text) <= 12) || Number(a.text) > 12;
  return { end: i + 3, year, month: Number(swap ? b.text : a.text), day: Number(swap ? a.text : b.text) };
}

/** "nineteen fifty nine", "2012": the year alone, the whole answer to "and the year?" after a birthday. */
function yearAlone(t: Token[], i: number, now: Date | undefined): Parsed | undefined {
  const year = readYear(t, i, now);
  if (!year || (t[year.next] !== undefined && t[year.next]!.kind !== 'punct')) return undefined;
  return { end: year.next, year: year.value, month: 1, day: 1, yearOnly: true };
}

/**
 * "born in March 1985", "born june of eighty-five": a month and its year after a birth cue, with no day. Read only after
 * the cue (a month and a year alone are any event's), and only where no whole date was read.
 */
function monthAndYear(t: Token[], i: number, now: Date | undefined): Parsed | undefined {
  const month = MONTHS[t[i]?.lower ?? ''];
  if (!month) return undefined;
  let k = i + 1;
  if (t[k]?.text === '.' && ABBREVIATED.has(t[i]!.lower)) k++;
  if (t[k]?.lower === 'of') k++;
  const year = readYear(t, k, now, true);
  return year ? { end: year.next, year: year.value, month, day: 1, monthOnly: true } : undefined;
}

function holidayDate(t: Token[], i: number): Parsed | undefined {
  const holiday = holidayAt(t, i);
  return holiday && { end: holiday.end, month: holiday.month, day: holiday.day };
}

/**
 * Number words of French, Spanish, German and Dutch: whole words, or German and Dutch compounds of
 * them ("neunzehnhundertneunundachtzig"). A date said in those languages is these around a month.
 */
const FOREIGN_NUMBER = new Set(
  `un une deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize vingt trente quarante cinquante soixante cent
cents mille premier uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciséis dieciseis diecisiete
dieciocho diecinueve veinte veintiuno veintidós veintidos veintitrés veintitres veinticuatro veinticinco veintiséis veintiseis veintisiete
veintiocho veintinueve treinta cuarenta cincuenta sesenta setenta ochenta noventa cien ciento mil novecientos primero`.split(/\s+/),
);
const COMPOUND_NUMBER = /^(?:ein|eins|zwei|drei|vier|fünf|sechs|sieben|sieb|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig|hundert|tausend|und|erste|zwei|dritte|een|twee|drie|vijf|zes|zeven|negen|tien|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien|twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig|honderd|duizend|en|ter|ten|te|ster|sten|ste|r|n)+$/;
/** Every word a date can start with, for one set lookup per token. */
const DATE_STARTS = new Set([
  ...Object.keys(MONTHS), ...Object.keys(ORDINALS), ...Object.keys(UNITS), ...Object.keys(TEENS), ...Object.keys(TENS),
  'oh', 'o', 'the', 'le', 'el', 'am', 'den', 'der', ...HOLIDAY_STARTS, ...FOREIGN_NUMBER,
]);
const FOREIGN_JOINERS = new Set(['-', 'de', 'del', 'y', 'et', 'und', 'en']);
/** The first three letters a German or Dutch number compound can start with: the regex runs only after this one set lookup. */
const COMPOUND_STARTS = new Set(['ein', 'zwe', 'dre', 'vie', 'fün', 'sec', 'sie', 'ach', 'neu', 'zeh', 'elf', 'zwö', 'zwa', 'dri', 'hun', 'tau', 'ers', 'een', 'twe', 'vij', 'zes', 'zev', 'neg', 'tie', 'twa', 'der', 'vee', 'tac', 'hon', 'dui']);
const foreignNumberWord = flagWord((w) => FOREIGN_NUMBER.has(w) || (w.length >= 4 && COMPOUND_STARTS.has(w.slice(0, 3)) && COMPOUND_NUMBER.test(w)));
const isForeignNumber = (w: Token | undefined) => w !== undefined && w.kind === 'word' && foreignNumberWord.of(w);

/** "le seize mars mille neuf cent quatre-vingt-deux", "neunzehnter Juli neunzehnhundert...", "dos de febrero del cincuenta y ocho". */
function foreignDate(t: Token[], i: number): Parsed | undefined {
  let k = i;
  if (['le', 'el', 'am', 'den', 'der'].includes(t[k]?.lower ?? '')) k++;
  if (!isForeignNumber(t[k])) return undefined;
  // "vingt et un", "veinte y uno": a day said in two words joined as the language joins them.
  while (isForeignNumber(t[k]) || ((t[k]?.text === '-' || t[k]?.lower === 'et' || t[k]?.lower === 'y') && isForeignNumber(t[k + 1]))) k++;
  if (t[k]?.lower === 'de' || t[k]?.text === '.') k++;
  const month = MONTHS[t[k]?.lower ?? ''];
  if (!month) return undefined;
  let end = k + 1;
  // "diecisiete de abril de 1992", "le seize mars 1982": a year written in digits after the month.
  const digits = ['de', 'del'].includes(t[end]?.lower ?? '') ? end + 1 : end;
  if (t[digits]?.kind === 'number' && t[digits]!.text.length === 4) return { end: digits + 1, month, day: 1, year: Number(t[digits]!.text) };
  for (let m = end; m < t.length && m < end + 12; m++) {
    if (isForeignNumber(t[m])) end = m + 1;
    else if (!FOREIGN_JOINERS.has(t[m]!.lower) || !isForeignNumber(t[m + 1])) break;
  }
  return { end, month, day: 1 };
}

/** "nineteen seventy-six, the third of June", "1976, June 3rd": the year first. */
function yearFirst(t: Token[], i: number, now?: Date, afterCue = false): Parsed | undefined {
  if (t[i]?.kind === 'number' && t[i]!.text.length !== (afterCue ? 2 : 4) && t[i]!.text.length !== 4) return undefined;
  const year = readYear(t, i, now, afterCue);
  // A year said first is a whole one: "1976", "nineteen seventy-six", "two thousand three"; never "twenty" of "twenty-first".
  // After "born in" its two digits are a year too: "born in ninety nine, january 30th", "born in '85, the 3rd of March".
  if (!year || year.value < 1900 || (!afterCue && t[i]!.kind === 'word' && (year.next - i < 2 || !['nineteen', 'two', 'twenty'].includes(t[i]!.lower)))) return undefined;
  let k = year.next;
  while (k < t.length && [',', 'the', 'on', '-', 'uh', 'um'].includes(t[k]!.lower)) k++;
  const rest = monthFirst(t, k, now, false) ?? dayFirst(t, k, now, false);
  return rest && rest.year === undefined ? { ...rest, year: year.value } : undefined;
}

/** "seven twenty two nineteen ninety": month, day and year said as numbers. */
function spokenNumbers(t: Token[], i: number, now?: Date, dayFirstCountry = false): Parsed | undefined {
  const first = readSmall(t, i);
  if (!first || first.value < 1 || first.value > 31) return undefined;
  // "nine, nine, seventy-seven": the parts said with a pause (a comma) between them.
  const pause = (k: number) => (t[k]?.text === ',' ? k + 1 : k);
  const second = readSmall(t, pause(first.next));
  if (!second || second.value < 1 || second.value > 31) return undefined;
  // "sixteen four ninety-three": a first number past twelve is the day, as it is first where days come first.
  const swap = first.value > 12 || (dayFirstCountry && second.value <= 12);
  const [month, day] = swap ? [second.value, first.value] : [first.value, second.value];
  if (month > 12) return undefined;
  const y = pause(second.next);
  // Pauses after both parts or neither: "nine, nine thirty" is a time said after a number.
  if ((pause(first.next) > first.next) !== (y > second.next)) return undefined;
  // "six eleven oh two": a year of this century said as "oh" and its digit.
  // (Not inside a longer run of numbers, nor after a part said with "oh": "two nine oh four ninety nine" and "three oh three oh five" are digits.)
  const ohYear = t[y]?.lower === 'oh' || t[y]?.lower === 'o' ? readYear(t, y, now, true) : undefined;
  const spokenOn = (k: number) => { const w = t[k]?.lower ?? ''; return w in UNITS || w in TEENS || w in TENS || w === 'oh' || w === 'thousand' || w === 'hundred'; };
  const digitByDigit = ['oh', 'o'].includes(t[i]!.lower) || ['oh', 'o'].includes(t[pause(first.next)]?.lower ?? '');
  const year = (ohYear && !digitByDigit && !spokenOn(ohYear.next) && !spokenOn(i - 1) ? ohYear : undefined) ?? readYear(t, y, now) ?? spokenTwoDigitYear(t, y, now);
  return year ? { end: year.next, year: year.value, month, day } : undefined;
}

/** "nine two fifteen": a two-digit year said as one number after month and day. */
function spokenTwoDigitYear(t: Token[], i: number, now?: Date): { value: number; next: number } | undefined {
  const small = readSmall(t, i);
  return small && small.value >= 10 ? { value: expandYear(small.value, now), next: small.next } : undefined;
}

/** A number from 1 to 39 said in words: "seven", "oh seven", "twelve", "twenty two", "thirty-one". */
function readSmall(t: Token[], i: number): { value: number; next: number } | undefined {
  const w = t[i]?.lower ?? '';
  if ((w === 'oh' || w === 'o') && (t[i + 1]?.lower ?? '') in UNITS) return { value: UNITS[t[i + 1]!.lower]!, next: i + 2 };
  if (w in UNITS && UNITS[w]! > 0) return { value: UNITS[w]!, next: i + 1 };
  if (w in TEENS) return { value: TEENS[w]!, next: i + 1 };
  if (w === 'twenty' || w === 'thirty') {
    let k = i + 1;
    if (t[k]?.text === '-') k++;
    const unit = UNITS[t[k]?.lower ?? ''];
    return unit && unit > 0 ? { value: TENS[w]! + unit, next: k + 1 } : { value: TENS[w]!, next: i + 1 };
  }
  return undefined;
}

/** 03/14/1985, 3-14-85, 1985-03-14; day first (14/03/1985) outside North America, or when the first number can only be a day. */
function numericDate(t: Token[], i: number, now: Date | undefined, dayFirstCountry: boolean): Parsed | undefined {
  const a = t[i], s1 = t[i + 1], b = t[i + 2], s2 = t[i + 3], c = t[i + 4];
  if (!a || !b || !c || a.kind !== 'number' || b.kind !== 'number' || c.kind !== 'number') return undefined;
  if (!s1 || !s2 || !['/', '-', '.'].includes(s1.text) || s1.text !== s2.text) return undefined;
  // "8 / 13 / 47": a date read out with a space around each slash (ASR and typed notes) is still one date; a dash or dot so spaced is a range or a list.
  const gaps = [s1.start - a.end, b.start - s1.end, s2.start - b.end, c.start - s2.end];
  const spaced = s1.text === '/' && gaps.every((g) => g === 1);
  if (!spaced && gaps.some((g) => g !== 0)) return undefined;
  if (a.text.length === 4) return { end: i + 5, year: Number(a.text), month: Number(b.text), day: Number(c.text) };
  const year = c.text.length === 4 ? Number(c.text) : c.text.length === 2 ? expandYear(Number(c.text), now) : undefined;
  if (year === undefined) return undefined;
  const swap = (dayFirstCountry && Number(b.text) <= 12) || Number(a.text) > 12;
  return { end: i + 5, year, month: Number(swap ? b.text : a.text), day: Number(swap ? a.text : b.text) };
}

/** "March 14, 1985", "March fourteenth nineteen eighty-five", "March 14th". */
function monthFirst(t: Token[], i: number, now?: Date, withYear = true): Parsed | undefined {
  const month = MONTHS[t[i]?.lower ?? ''];
  if (!month) return undefined;
  let d = i + 1;
  if (t[d]?.text === '.' && t[d]!.start === t[i]!.end && ABBREVIATED.has(t[i]!.lower)) d++;
  if (withYear && t[d]?.lower === 'of') return monthOfYear(t, d - 1, month, now);
  // "March, um, the fourteenth": a pause before the day, when an ordinal day follows it.
  const paused = pastFillers(t, d);
  if (paused > d && (t[paused]?.lower === 'the' || ordinalDay(t, paused))) d = paused;
  if (t[d]?.lower === 'the') d++;
  const day = readDay(t, d) ?? (withYear ? readSmall(t, d) : undefined);
  if (!day) return undefined;
  let k = day.next;
  if (t[k]?.text === ',') k++;
  // "June 12 of '74": "of" before a year said whole or with its apostrophe (never two bare digits: "June 12 of 30 days").
  const ofYear = withYear && t[k]?.lower === 'of' && t[k + 1]?.kind !== 'number' ? readYear(t, k + 1, now) : undefined;
  const year = withYear ? ofYear ?? readYear(t, k, now, true) ?? yearAfterPause(t, day.next, now) : undefined;
  // "sept fifteen seventy three": a day said as a cardinal is a day only with the year after it.
  if (!year && !readDay(t, d)) return undefined;
  return year ? { end: year.next, year: year.value, month, day: day.value } : { end: day.next, month, day: day.value };
}

/** "March of '73, the eleventh", "august of eighty eight the ninth": the month and year, then the day as an ordinal after "the". */
function monthOfYear(t: Token[], i: number, month: number, now?: Date): Parsed | undefined {
  const year = readYear(t, i + 2, now, true);
  if (!year) return undefined;
  let k = year.next;
  if (t[k]?.text === ',') k++;
  // The day must be an ordinal after "the": "May of 2010 the whole month" is no day.
  const day = t[k]?.lower === 'the' ? readDay(t, k + 1) : undefined;
  // ("the second of four kids": an ordinal with "of" after it counts something else.)
  return day && t[day.next]?.lower !== 'of' ? { end: day.next, year: year.value, month, day: day.value } : undefined;
}

/** "14 March 1985", "the fourteenth of March eighty-five". */
function dayFirst(t: Token[], i: number, now?: Date, withYear = true): Parsed | undefined {
  const day = readDay(t, i) ?? cardinalDayOf(t, i);
  if (!day) return undefined;
  let k = day.next;
  // "03-May-1985": the month's name between dashes, as forms and notes write it.
  const dashed = t[k]?.text === '-' && t[k]!.start === t[k - 1]!.end && MONTHS[t[k + 1]?.lower ?? ''] !== undefined && t[k + 2]?.text === '-' && t[k + 2]!.start === t[k + 1]!.end;
  if (t[k]?.text === '.' || dashed) k++;
  k = skipSpokenPauses(t, k);
  // "9 de febrero de 1976": Spanish (and Portuguese) join day, month and year with "de".
  const spanish = t[k]?.lower === 'de' && MONTHS[t[k + 1]?.lower ?? ''] !== undefined;
  if (t[k]?.lower === 'of' || spanish) k = skipSpokenPauses(t, k + 1);
  // "the seventeenth of the third", "the 9th of the 11th": the month as an ordinal.
  const ordinalMonth = t[k]?.lower === 'the' ? readDay(t, k + 1) : undefined;
  if (ordinalMonth && ordinalMonth.value >= 1 && ordinalMonth.value <= 12) {
    const month = ordinalMonth.value;
    let m = ordinalMonth.next;
    const end = m;
    if (t[m]?.text === ',') m++;
    const year = withYear ? readYear(t, m, now, true) : undefined;
    return year ? { end: year.next, year: year.value, month, day: day.value } : { end, month, day: day.value };
  }
  const month = MONTHS[t[k]?.lower ?? ''];
  if (!month) return undefined;
  k++;
  // "14 Feb. 1985": the abbreviation's dot, when a year follows it.
  if (t[k]?.text === '.' && t[k]!.start === t[k - 1]!.end && ABBREVIATED.has(t[k - 1]!.lower) && t[k + 1]?.kind === 'number' && t[k + 1]!.text.length === 4) k++;
  const end = k;
  if (t[k]?.text === ',' || (dashed && t[k]?.text === '-')) k++;
  if (spanish && (t[k]?.lower === 'de' || t[k]?.lower === 'del') && t[k + 1]?.kind === 'number') k++;
  const year = withYear ? readYear(t, k, now, true) ?? (dashed ? undefined : yearAfterPause(t, end, now)) : undefined;
  return year ? { end: year.next, year: year.value, month, day: day.value } : { end, month, day: day.value };
}

/** Fillers, commas and a trailing "..." a caller says between a date's parts. */
const PAUSE_WORDS = new Set([',', 'uh', 'um', 'er', 'erm', 'umm', 'uhh', 'hmm']);
function pastFillers(t: Token[], k: number): number {
  let m = k;
  while (m < k + 5 && (PAUSE_WORDS.has(t[m]?.lower ?? '') || (t[m]?.text === '.' && (t[m + 1]?.text === '.' || t[m - 1]?.text === '.')))) m++;
  return m;
}

/** An ordinal day ("14th", "fourteenth"), not a bare number that could count anything. */
function ordinalDay(t: Token[], k: number): boolean {
  const day = readDay(t, k);
  return day !== undefined && (day.next > k + 1 || t[k]!.kind === 'word');
}

/**
 * "March 14th... 1985", "the fourth of May, uh, nineteen eighty": the year after a pause. Only a year said whole
 * (four digits, or its century in words) is read across one: "March 3rd, uh, 45" is anything but a year.
 */
function yearAfterPause(t: Token[], k: number, now?: Date): { value: number; next: number } | undefined {
  const m = pastFillers(t, k);
  if (m === k || (m === k + 1 && t[k]?.text === ',')) return undefined;
  const year = readYear(t, m, now);
  if (!year) return undefined;
  const whole = t[m]!.kind === 'number' ? t[m]!.text.length === 4 : year.next - m >= 2 && ['nineteen', 'two', 'twenty'].includes(t[m]!.lower);
  return whole ? year : undefined;
}

/** Separators said as words: "three slash fourteen slash eighty-five", "fourteen dot three dot eighty five". */
const SPOKEN_SEPARATORS = new Set(['slash', 'dash', 'dot', 'stroke']);

/** A date's three parts with one spoken separator between each: the same word twice. */
function spokenSeparated(t: Token[], i: number, now?: Date, dayFirstCountry = false): Parsed | undefined {
  const part = (k: number) => (t[k]?.kind === 'number' && t[k]!.text.length <= 2 ? { value: Number(t[k]!.text), next: k + 1 } : readSmall(t, k));
  const first = part(i);
  const sep = first && t[first.next]?.lower;
  if (!first || !sep || !SPOKEN_SEPARATORS.has(sep)) return undefined;
  const second = part(first.next + 1);
  if (!second || t[second.next]?.lower !== sep) return undefined;
  const y = second.next + 1;
  const year = readYear(t, y, now, true) ?? spokenTwoDigitYear(t, y, now);
  if (!year) return undefined;
  const swap = first.value > 12 || (dayFirstCountry && second.value <= 12);
  const [month, day] = swap ? [second.value, first.value] : [first.value, second.value];
  return month >= 1 && month <= 12 && day >= 1 ? { end: year.next, year: year.value, month, day } : undefined;
}

/** "the twenty-sixth, of, uh, August": commas and fillers a caller says between a date's parts. */
function skipSpokenPauses(t: Token[], k: number): number {
  let m = k;
  while (m < k + 4 && (t[m]?.text === ',' || ['uh', 'um', 'er', 'erm'].includes(t[m]?.lower ?? ''))) m++;
  // "the ninth... of July": a trailing-off "..." is a pause too.
  if (m === k) m = pastFillers(t, k);
  // Only a pause before a month (or "of") counts: "the fifth, and" stays a day on its own.
  return MONTHS[t[m]?.lower ?? ''] || t[m]?.lower === 'of' ? m : k;
}

const DIGIT_JOINERS = new Set(['-', ',', '/', 'slash', 'dash', 'stroke']);

/** "oh three one four eighty five": MMDDYY or MMDDYYYY said as digits. */
function spokenDigits(t: Token[], i: number, now?: Date, dayFirstCountry = false): Parsed | undefined {
  let digits = '';
  let k = i;
  while (k < t.length && digits.length < 8) {
    const w = t[k]!.lower;
    if (w === 'two' && t[k + 1]?.lower === 'thousand') {
      // "two thousand five" as the year's digits: 2005.
      // "two thousand and four": the "and" is how the year is said.
      const and = t[k + 2]?.lower === 'and' ? 1 : 0;
      const rest = t[k + 2 + and]?.lower ?? '';
      digits += rest in UNITS ? `200${UNITS[rest]}` : rest in TEENS ? `20${TEENS[rest]}` : '2000';
      k += rest in UNITS || rest in TEENS ? 3 + and : 2;
      continue;
    }
    if (w === 'oh' || w === 'o' || w === 'zero' || w === 'nought') digits += '0';
    else if (w in UNITS) digits += String(UNITS[w]);
    else if (w in TEENS) digits += String(TEENS[w]);
    else if (w in TENS) {
      // "eighty-three": the dash glued between the tens and the unit is one number's.
      const dash = t[k + 1]?.text === '-' && t[k + 1]!.start === t[k]!.end ? 1 : 0;
      const unit = UNITS[t[k + 1 + dash]?.lower ?? ''];
      digits += String(TENS[w]! + (unit && unit > 0 ? unit : 0));
      if (unit && unit > 0) k += 1 + dash;
    } else if (t[k]!.kind === 'number' && t[k]!.text.length <= 2) digits += t[k]!.text;
    else if (!DIGIT_JOINERS.has(w)) break;
    k++;
  }
  while (k > i && DIGIT_JOINERS.has(t[k - 1]!.lower)) k--;
  if (digits.length !== 6 && digits.length !== 8) return undefined;
  if (!t.slice(i, k).some((x) => x.kind === 'word')) return undefined;
  const year = digits.length === 8 ? Number(digits.slice(4)) : expandYear(Number(digits.slice(4)), now);
  const [first, second] = [Number(digits.slice(0, 2)), Number(digits.slice(2, 4))];
  const swap = (dayFirstCountry && second <= 12) || first > 12;
  return { end: k, year, month: swap ? second : first, day: swap ? first : second };
}

function readDay(t: Token[], i: number): { value: number; next: number } | undefined {
  const w = t[i];
  if (!w) return undefined;
  if (w.kind === 'number' && w.text.length <= 2) {
    const suffix = t[i + 1]?.lower;
    return { value: Number(w.text), next: suffix && ['st', 'nd', 'rd', 'th'].includes(suffix) && t[i + 1]!.start === w.end ? i + 2 : i + 1 };
  }
  if (w.lower in ORDINALS) return { value: ORDINALS[w.lower]!, next: i + 1 };
  if (w.lower === 'twenty' || w.lower === 'thirty') {
    let k = i + 1;
    if (t[k]?.text === '-') k++;
    const ordinal = ORDINALS[t[k]?.lower ?? ''];
    if (ordinal && ordinal < 10) return { value: TENS[w.lower]! + ordinal, next: k + 1 };
  }
  return undefined;
}

/** 1985, '85, eighty-five, nineteen eighty five, two thousand three, twenty oh three. */
export function readYear(t: Token[], i: number, now?: Date, twoDigits = false): { value: number; next: number } | undefined {
  const w = t[i];
  if (!w) return undefined;
  if (w.kind === 'number' && w.text.length === 4) return { value: Number(w.text), next: i + 1 };
  // "feb 9 64": two digits after a month and day are the year.
  if (twoDigits && w.kind === 'number' && w.text.length === 2) return { value: expandYear(Number(w.text), now), next: i + 1 };
  // "the fifth of the fifth, oh five": a year of this century said as its two digits.
  if (twoDigits && (w.lower === 'oh' || w.lower === 'o') && (UNITS[t[i + 1]?.lower ?? ''] ?? 0) > 0) return { value: expandYear(UNITS[t[i + 1]!.lower]!, now), next: i + 2 };
  if (w.text === "'" || w.text === '’') {
    const n = t[i + 1];
    return n?.kind === 'number' && n.text.length === 2 ? { value: expandYear(Number(n.text), now), next: i + 2 } : undefined;
  }
  const pair = (k: number): { value: number; next: number } | undefined => {
    const x = t[k]?.lower ?? '';
    if (x in TEENS) return { value: TEENS[x]!, next: k + 1 };
    if (x in TENS) {
      let m = k + 1;
      if (t[m]?.text === '-') m++;
      const unit = UNITS[t[m]?.lower ?? ''];
      return unit && unit > 0 ? { value: TENS[x]! + unit, next: m + 1 } : { value: TENS[x]!, next: k + 1 };
    }
    if ((x === 'oh' || x === 'o') && t[k + 1]?.lower && t[k + 1]!.lower in UNITS) return { value: UNITS[t[k + 1]!.lower]!, next: k + 2 };
    return undefined;
  };
  if (w.lower === 'two' && t[i + 1]?.lower === 'thousand') {
    let k = i + 2;
    if (t[k]?.lower === 'and') k++;
    const rest = pair(k) ?? (t[k]?.lower && t[k]!.lower in UNITS ? { value: UNITS[t[k]!.lower]!, next: k + 1 } : undefined);
    return { value: 2000 + (rest?.value ?? 0), next: rest?.next ?? i + 2 };
  }
  const century = pair(i);
  if (!century) return undefined;
  if (century.value === 19 || century.value === 20) {
    // "nineteen hundred and eighty-five": the old way of saying a year.
    const hundred = century.value === 19 && t[century.next]?.lower === 'hundred' ? (t[century.next + 1]?.lower === 'and' ? century.next + 2 : century.next + 1) : undefined;
    const rest = pair(hundred ?? century.next);
    if (rest) return { value: century.value * 100 + rest.value, next: rest.next };
  }
  if (century.value >= 20) return { value: expandYear(century.value, now), next: century.next };
  return undefined;
}

/** Two-digit years: after the current one they are last century's; without a clock, the pivot is fixed at 30. */
function expandYear(yy: number, now?: Date): number {
  const current = now ? now.getUTCFullYear() % 100 : 30;
  return yy > current ? 1900 + yy : 2000 + yy;
}
