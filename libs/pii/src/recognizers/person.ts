import { Analysis, Token } from '../analysis';
import { COMMON_WORDS, FIRST_NAMES, NOT_NAME_WORDS, SURNAMES } from '../dictionaries/names';
import { Candidate } from '../types';
import { isCapitalised, isWord, NATO } from './context';
import { detailAt, NUMBER_NOUNS } from './details-after';
import { agentsOwnName, namesSaidAgain } from '../context/names-said';
import { invertedBeforeDetails, joinedToName, namedByRole, saidFromWork, STAFF_ROLES } from './names-listed';
import { halfRememberedNames, namedAsAName, spellingRemarkAt, spellsAnEmail, spellsAnEmailAgain } from './name-remarks';
import { fullNameAfterRelation, NameWords, namedAfterRelationClause } from './name-after-relation';
import { namesPutRight } from './name-corrections';
import { flagWord, memoWord } from '../word-memo';
import { namesAnIssuer } from './licence-by-issuer';
import { DEMONYMS } from '../dictionaries/demonyms';
import { INSURERS } from '../dictionaries/insurers';

/**
 * How sure the words before a name make us: `any` takes a known or a capitalised word ("my name is
 * Dermot"); `known` takes only a word of the lexicons ("it's priya", not "it's fine"); `answer`
 * (after "your name?") takes any word that is not an everyday one; `title` follows "Dr"/"Mrs".
 */
type Mode = 'any' | 'naming' | 'known' | 'answer' | 'title' | 'pair';

const cues = (mode: Mode, ...list: string[]) => list.map((p) => ({ phrase: p.split(' '), mode }));
const INTRODUCTION_LIST = [
  // Cues that say a name comes next and nothing else: after them a word that is also a word ("my name is grace", "put me down as
  // bill") or no word of our lists ("the name's hye-jin", "last name ní bhriain") is the name, in lowercase speech too.
  ...cues('naming', 'my name is', "my name's", 'the name is', 'name is', "name's", "patient's name is", 'patient name is',
    'first name is', 'last name is', 'surname is', 'under the name', 'under the name of', 'i go by', 'goes by', 'first name', 'last name', 'surname', 'given name', 'given name is',
    'calls me', 'everybody calls me', 'known as', 'me down as', 'him down as', 'her down as', 'you down as', 'pronounced',
    // A name changed on the file: "change my surname to Kelly", "her name's changed to aoibhe".
    'surname to', 'name to', 'name changed to', 'surname changed to'),
  ...cues('any', 'name was', 'this is', 'patient is', 'named', 'spelled', 'spelt', 'call me',
    'is called', 'is named', 'father of', 'mother of', 'mum of', 'mom of', 'dad of', 'parent of', 'guardian of', 'reach', 'ask for'),
  ...cues('known', "it's", 'it is', 'i am', "i'm", 'im', 'speaking with', 'talking to', 'speak to', 'speak with', 'ask for', 'asking for', 'for',
    'with', 'under', 'called', 'booked', 'thanks', 'thank you', 'hi', 'hello', 'hey', 'bye', 'goodbye', 'dear', 'morning', 'afternoon', 'evening',
    'okay', 'ok', 'right', 'sure', 'great', 'perfect', 'lovely', 'alright', 'sorry', 'cheers',
    // The agent asking who answers: "Hi, is this Declan?", "am I speaking to Priya?".
    'is this', 'is that', 'am i speaking to', 'am i speaking with', 'am i talking to',
    // Someone else the call is about: "calling about Eamon Quill".
    'calling about', 'ringing about', 'phoning about'),
  // The clinician a caller saw or an agent books: "I saw Okafor last time", "Dr Kowal can see Matilda at ten past four".
  ...cues('known', 'i saw', 'we saw', 'she saw', 'he saw', 'usually see', 'normally see', 'always see', 'can see', 'could see', 'to see'),
  // Whom a caller acts or pays for, and whom a clinician instructed: "on behalf of Esperanza", "attention Tamsin", "told Adaeze to stop".
  ...cues('any', 'on behalf of', 'attention', 'attn', 'told'),
  // The short form offered, and the name on a door: "you can say Inma", "or just put O'Sullivan", "the name on the bell is Yilmaz".
  ...cues('any', 'you can say', 'just say', 'just put', 'you can put', 'just write', 'name on the bell is', 'name on the door is', 'name on the buzzer is', 'name on the account is', 'name on the card is', 'name on the booking is'),
];
/** Naming cues that are a noun alone: "last name ní bhriain", but "the surname field". */
const BARE_NAMING = new Set(['first name', 'last name', 'surname', 'given name']);
/** Words after which a name is one said to someone, closing its clause: "Okay Tomás,", "Lovely, Niamh." */
const ADDRESSING = new Set(['okay', 'ok', 'right', 'sure', 'great', 'perfect', 'lovely', 'alright', 'sorry', 'cheers']);
const INTRODUCTIONS = new Map<string, Array<{ phrase: string[]; mode: Mode }>>();
for (const cue of INTRODUCTION_LIST) INTRODUCTIONS.set(cue.phrase.at(-1)!, [...(INTRODUCTIONS.get(cue.phrase.at(-1)!) ?? []), cue]);

const RELATIONS = new Set([
  'one', 'youngest', 'eldest', 'oldest', 'middle',
  'son', 'daughter', 'wife', 'husband', 'mom', 'mum', 'mother', 'dad', 'father', 'child', 'kid', 'boy', 'girl', 'partner', 'brother', 'sister',
  'grandson', 'granddaughter', 'grandma', 'grandmother', 'grandpa', 'grandfather', 'niece', 'nephew', 'fiancé', 'fiance', 'fiancée',
  'spouse', 'stepson', 'stepdaughter', 'baby', 'toddler', 'aunt', 'uncle', 'cousin', 'friend', 'neighbor', 'neighbour', 'patient',
  'boyfriend', 'girlfriend', 'carer', 'caregiver', 'colleague', 'boss', 'landlord', 'roommate', 'flatmate', 'twins', 'twin', 'kids', 'children',
  'sons', 'daughters', 'mam', 'nan', 'nana', 'gran', 'granny', 'stepdad', 'stepmum', 'stepmom', 'stepfather', 'stepmother', 'stepbrother', 'stepsister',
  // Said for family and people close by in other words and languages: "my lad", "my lola", "my workmate".
  'lad', 'lass', 'coworker', 'co-worker', 'workmate', 'mate', 'buddy', 'housemate', 'godson', 'goddaughter', 'grandchild', 'grandkid',
  'auntie', 'aunty', 'lola', 'lolo', 'oma', 'opa', 'abuela', 'abuelo', 'nonna', 'nonno', 'mother-in-law', 'father-in-law', 'sister-in-law',
  'brother-in-law', 'son-in-law', 'daughter-in-law', 'client', 'ward',
  // Parents as children and Irish and Northern English callers name them: "me da Seán", "my mammy".
  'da', 'ma', 'pa', 'daddy', 'mammy', 'mummy', 'mommy', 'mama', 'papa',
  'boys', 'girls', 'grandkids', 'grandchildren',
]);
/** Those who live together, named by their surname: "the Reyes household". */
const HOUSEHOLDS = new Set(['household', 'residence', 'family', 'families', 'clan']);
/** A nickname's first word before a given name: "Big Mike", "Little Joe". */
const EPITHETS = new Set(['big', 'little', 'lil', 'young', 'old']);
/** Words between a possessive and a relation: "my foster child", "her step daughter", "our little boy". */
const RELATION_MODIFIERS = new Set(['foster', 'step', 'adopted', 'little', 'baby', 'young', 'younger', 'older', 'big', 'god', 'eldest', 'youngest', 'twin', 'new', 'ex']);
const POSSESSIVES = new Set(['my', 'our', 'his', 'her', 'their', 'the', "patient's", 'little', 'me']);
/** Titles in the languages our clinics' callers speak: English, German, French, Spanish, Dutch, Italian. */
const FOREIGN_TITLES = ['frau', 'herr', 'doktor', 'dokter', 'docteur', 'dottore', 'dottoressa', 'doctora', 'madame', 'mme', 'monsieur', 'mademoiselle', 'señor', 'señora', 'señorita', 'sra', 'srta', 'signor', 'signora', 'meneer', 'mevrouw', 'mevr', 'dhr'];
/** Kin callers call by the relation, as a name: "for Nan", "with Mum", "Gran's appointment" (not "Lola", as often a given name). */
const KIN_ADDRESS = new Set(['nan', 'nana', 'nanna', 'nanny', 'gran', 'granny', 'grandma', 'grandpa', 'grandad', 'granddad', 'grammy', 'gramps', 'mum', 'mam', 'mom',
  'ma', 'da', 'dad', 'pa', 'mama', 'papa', 'mummy', 'mommy', 'daddy', 'mammy', 'oma', 'opa', 'nonna', 'nonno', 'abuela', 'abuelo', 'auntie', 'aunty', 'pop', 'pops']);
/** Kin said as a title before a given name: "Grandpa Joe", "Auntie Bisi" (the title stays outside the name). */
const KIN_TITLES = ['grandpa', 'grandma', 'granny', 'grandad', 'granddad', 'auntie', 'aunty', 'aunt', 'uncle'];
const TITLES = new Set([...KIN_TITLES, 'dr', 'doctor', 'mr', 'mrs', 'ms', 'miss', 'mx', 'nurse', 'prof', 'professor', 'dentist', 'hygienist', 'sister', 'father', 'dra', 'reverend', 'rev', 'pastor', 'rabbi', 'imam', 'canon', ...FOREIGN_TITLES]);
/** Animals, whose names are no person's: "a cockapoo called Biscuit". */
const ANIMALS = new Set(['dog', 'dogs', 'cat', 'cats', 'puppy', 'kitten', 'pet', 'cockapoo', 'labrador', 'lab', 'poodle', 'terrier', 'spaniel', 'rabbit', 'bunny', 'hamster', 'parrot', 'horse', 'pony', 'pup', 'budgie', 'goldfish', 'tortoise']);
export const PARTICLES = new Set(['van', 'der', 'den', 'de', 'la', 'le', 'du', 'von', 'zu', 'da', 'di', 'del', 'della', 'dos', 'das', 'bin', 'binti', 'ibn', 'abu', 'al', 'el', 'ben', 'mac', 'mc', 'ter', 'ten', 'st', 'te', 'ní', 'ni', 'nic', 'ó', 'ap', 'ua', 'uí', 'y', 'op', 'an', 'aan', 'het', 'dal', 'dei', 'degli',
  // Filipino surnames' particles: "dela Cruz", "delos Reyes", "de los Santos".
  'dela', 'delos', 'delas', 'los', 'las']);
/** Particles of Dutch, German, Irish and Romance surnames that are no English words: before a capital, a surname's ("ten Brink", "ter Horst"). */
const SURNAME_PARTICLES = new Set(['van', 'von', 'ter', 'ten', 'der', 'den', 'de', 'du', 'da', 'di', 'del', 'della', 'dos', 'das', 'ní', 'nic', 'ó', 'uí', 'ap', 'op', 'dela', 'delos']);
/** Whether a lowercase particle at `k` comes before a capitalised word that is not an everyday name-breaker: "ten Brink", "de Wit". */
const particleBeforeCapital = (t: Token[], k: number): boolean => {
  const next = t[k + 1];
  return isWord(t[k]) && t[k]!.text === t[k]!.lower && SURNAME_PARTICLES.has(t[k]!.lower) && isWord(next) && next.text.length > 2 && /^\p{Lu}\p{Ll}/u.test(next.text)
    && !NOT_NAMES.has(next.lower) && !NOT_NAME_WORDS.has(next.lower) && !NUMBER_OR_MONEY.has(next.lower);
};
/** Numbers said as words and money: "sixty euro", "twenty quid" are no name. */
const NUMBER_OR_MONEY = new Set(['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen',
  'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred', 'thousand', 'million',
  'euro', 'euros', 'dollar', 'dollars', 'pound', 'pounds', 'quid', 'bucks', 'cent', 'cents', 'pence', 'p', 'grand', 'franc', 'francs', 'rand', 'peso', 'pesos']);
const SUFFIXES = new Set(['junior', 'jr', 'senior', 'sr', 'ii', 'iii', 'iv']);
const ENDS_INTRODUCTION = new Set(['here', 'calling', 'speaking']);
/** What a person named alone does in a caller's sentence: "Eileen called", "Tunde will drive". */
const DOING = new Set(['called', 'rang', 'phoned', 'said', 'says', 'asked', 'wants', 'needs', 'will', "will've", 'is', 'has', 'had', 'was', "'s", 'booked', 'missed', 'needs', 'told',
  // What befell a patient, or what they cannot do: "Deshawn lost a filling", "Aoife chipped her tooth", "Tomás can't chew".
  'lost', 'broke', 'chipped', 'cracked', 'knocked', 'fell', 'bit', 'hurt', 'swallowed', 'woke', 'got', 'gets', 'takes', 'took',
  "can't", 'cannot', "won't", "doesn't", "didn't", "isn't", "hasn't", "wasn't"]);
/** What a person named in lowercase speech does, said right after the name: "kenji has", "aoife was". */
const LOWERCASE_DOING = new Set(['has', 'is', 'was', 'needs', 'had', 'got', "can't", "won't", "doesn't", 'lost', 'broke', 'chipped', 'cracked', 'fell']);
const SELF_CUES = new Set(["it's", 'it', 'is', "i'm", 'im', 'am']);
const I_AM = new Set(["i'm", 'im', 'am']);
/** Capitalised words that are not names even after a cue. */
export const NOT_NAMES = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'july', 'september', 'october', 'november', 'december', 'i', 'ok', 'hi', 'hello', 'street', 'road', 'avenue', 'lane', 'dental', 'clinic',
  'medical', 'health', 'insurance', 'medicare', 'medicaid', 'visa', 'mastercard', 'amex', 'english', 'spanish', 'french', 'christmas',
  'delta', 'blue', 'cross', 'shield', 'aetna', 'cigna', 'humana', 'kaiser', 'united', 'anthem', 'bupa', 'vhi', 'laya', 'medibank', 'allianz',
  'axa', 'aviva', 'metlife', 'guardian', 'humira', 'tricare', 'molina', 'centene', 'wellcare', 'oscar', 'ambetter', 'highmark', 'premera',
  'north', 'south', 'east', 'west', 'side', 'day', 'mondays', 'tuesdays', 'wednesdays', 'thursdays', 'fridays', 'saturdays', 'sundays',
  'said', 'says', 'told', 'asked', 'thinks', 'thought', 'wants', 'wanted', 'needs', 'knows', 'made', 'gave', 'took', 'came', 'went', 'left',
  'sister', 'brother', 'mother', 'father', 'son', 'daughter', 'wife', 'husband', 'doctor', 'nurse', 'dentist', 'patient', 'baby', 'partner',
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'one', 'zero', 'dob', 'ssn', 'mrn', 'nhs', 'gp', 'er', 'icu',
  'dr', 'mr', 'mrs', 'ms', 'miss', 'mx', 'prof', 'sir', 'madam', 'maam', ...FOREIGN_TITLES,
  "i'm", 'im', "i'll", "i've", "i'd", 'ive', 'reverend', 'pastor', 'surname', 'surnames', 'firstname', 'lastname',
  // The punctuation of an email said aloud ("sanne dot devries at ...", Dutch "punt"): never a name's word, though "Dot" is a given name.
  'dot', 'punt', 'underscore',
  // Illnesses said with a capital: "Is Covid still a thing?"
  'covid', 'covid-19', 'corona', 'coronavirus',
  // Holidays said with a capital ("closed for Thanksgiving", "over Easter"): a day of the year, not a person.
  'thanksgiving', 'easter', 'halloween', 'hanukkah', 'passover', 'diwali', 'ramadan', 'eid', 'kwanzaa', 'pentecost', 'whitsun',
  // Practitioners' trades after their kind ("an oral surgeon", "the dental hygienist"): a trade, not a surname.
  'surgeon', 'surgeons', 'hygienist', 'orthodontist', 'periodontist', 'endodontist', 'specialist', 'pharmacist', 'receptionist', 'therapist',
]);
/** Words that start place names ("St James's", "High Park", "Royal Melbourne") or are nationalities ("I'm Dutch"): never a name's first word. */
export const PLACE_STARTS = new Set([
  'st', 'saint', 'royal', 'high', 'mount', 'mt', 'lake', 'port', 'fort', 'new', 'old', 'great', 'upper', 'lower', 'grand', 'central',
  'san', 'santa', 'santo', 'são', 'sao', 'el', 'los', 'las', 'lone', 'bad', 'glen', 'bel', 'palm', 'cape', 'point',
  'city', 'university', 'general', 'children', "children's",
  ...DEMONYMS,
]);
/** Words that end the name of a place or an institution ("Douglas Village", "Social Security"): the words before are no person. */
const PLACE_ENDS = new Set([
  'park', 'mitte', 'stop', 'station', 'square', 'bridge', 'airport', 'mall', 'centre', 'center', 'hospital', 'day', 'village', 'town', 'city',
  'berg', 'burg', 'ville', 'heights', 'springs', 'valley', 'beach', 'bay', 'county', 'hills', 'falls', 'harbour', 'harbor', 'creek', 'island',
  'security', 'services', 'service', 'office', 'department', 'identifier', 'number', 'card', 'plan', 'health', 'market', 'shopping',
  // The last words of estates, suburbs and practices named after them: "Cedar Ridge", "Maple Grove", "Oak Meadows".
  'ridge', 'grove', 'meadows', 'meadow', 'crossing', 'commons', 'plaza', 'landing', 'gardens', 'estates', 'pointe',
]);
/** Hospitals named by their town ("Bradford Royal", "Leeds General", "Whiston Memorial"): said with no cue, no person ("this is Grace Royal" is). */
const HOSPITAL_ENDS = new Set(['royal', 'infirmary', 'general', 'memorial']);
/** Acronyms that are spelled like names but are not: "D O B", "N H S". */
const SPELLED_ACRONYMS = new Set(['dob', 'ssn', 'mrn', 'nhs', 'gp', 'dds', 'dmd', 'ppo', 'hmo', 'id', 'ip', 'usa', 'uk', 'eu', 'ok', 'asap', 'ssn', 'pps', 'vhi', 'abc', 'tmj', 'copd', 'adhd']);
const LOCATIVES_LIST = ['at', 'in', 'near', 'on', 'into', 'outside', 'behind'];
/** Ordinals said after a month: "May fifth", "June 21st" (not any word ending in "st" or "th": "May Lindqvist", "April Smith"). */
const ORDINAL = /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\w+teenth|twentieth|thirtieth|\d+(?:st|nd|rd|th)?)$/;
/** Words before a month that say it is the month: "in May", "since June", "last April". */
const MONTH_BEFORE = new Set([...LOCATIVES_LIST, 'since', 'until', 'till', 'last', 'next', 'of', 'from', 'by', 'this', 'early', 'late', 'mid', 'end', 'before', 'after', 'during']);
const MONTHS = new Set(['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'june', 'july', 'april', 'august']);
/** Words after a name that make it an organisation's: "Delta Dental", "Grace Hospital". */
const ORGANISATIONS = new Set(['dental', 'clinic', 'health', 'medical', 'hospital', 'pharmacy', 'insurance', 'care', 'healthcare', 'surgery', 'practice', 'street', 'road', 'avenue', 'lane', 'drive', 'school', 'university', 'college', 'center', 'centre', 'bank', 'county', 'city',
  'oral', 'dentistry', 'orthodontics', 'pediatrics', 'paediatrics', 'associates', 'group', 'labs', 'laboratory', 'institute', 'foundation', 'partners', 'family', 'smiles', 'dentists',
  // Street types as written after a street's name ("Cleveland Ave", "Lincoln Blvd"): the words before are the street's.
  'ave', 'blvd', 'boulevard', 'rd', 'pkwy', 'parkway', 'highway', 'hwy', 'terrace', 'crescent',
  // The trade words lenders, insurers and payment services end their names with: "Care Credit", "Sun Life", "Great-West Life".
  'credit', 'life', 'mutual', 'financial', 'finance', 'assurance', 'benefits', 'capital', 'savings', 'lending', 'loans',
  // Chemists' trade words: "London Drugs", "Shoppers Drug Mart", "Boots Chemist".
  'drugs', 'drug', 'chemist', 'chemists', 'pharmacies']);
/** Words before a place: a pair of capitalised words after them is a place ("at Dell Seton", "in San Antonio"), unless a cue says otherwise. */
const LOCATIVES = new Set(LOCATIVES_LIST);
/** Words at the start of an answer before the name: "uh yeah it's", "sure, my name is". */
const ANSWER_LEAD = new Set(['uh', 'um', 'er', 'erm', 'yeah', 'yes', 'yep', 'sure', 'ok', 'okay', 'oh', 'so', 'well', 'hi', 'hello', 'it', 'is', "it's", 'its', 'this', "i'm", 'im', 'i', 'am',
  "that's", 'that', 'the', ',', '.', '-', 'first', 'last', 'sur', 'surname', 'name', "name's", 'my', 'full', 'of', 'course', 'right', 'alright', 'mm', 'hmm']);

/** Verbs of reaching someone: "text Mahsa on ...", "call Tomasz at ...". */
const CONTACT_VERBS = new Set(['text', 'call', 'ring', 'phone', 'message', 'whatsapp', 'reach', 'contact', 'email']);
/** The prefixes of free and shared-cost lines: 1800/1300/13 (AU), 0800/0808/0845 (UK), 1800/1850 (IE), 1-800, 888, 877, 866 (NANP). */
const SERVICE_LINE = /^(?:1[- ]?8(?:00|88|77|66|55|44|33)\b|8(?:00|88|77|66|55|44|33)\b|1300\b|13\s\d{2,4}$|0800|0808|0845|0844|1850)/;
/** Whether a number or an email follows from `k`: "on 020 ...", "at 555-0132", "on oh eight seven ...", "back on ...". */
function reachedOn(t: Token[], k: number): boolean {
  let m = k;
  if (t[m]?.lower === 'back') m++;
  if (t[m]?.lower !== 'on' && t[m]?.lower !== 'at') return false;
  const next = t[m + 1];
  if (next === undefined) return false;
  // "call Healthdirect on 1800 022 222", "ring Centrelink on 13 2468": a free or shared-cost line is an organisation's, not a person's.
  if (next.kind === 'number') {
    let head = next.text;
    for (let n = m + 2; n < m + 5 && (t[n]?.kind === 'number' || t[n]?.text === '-') && t[n]!.start - t[n - 1]!.end <= 1; n++) head += (t[n]!.start > t[n - 1]!.end ? ' ' : '') + t[n]!.text;
    return !SERVICE_LINE.test(head);
  }
  if (next.text === '+' || next.text === '(') return true;
  if (['zero', 'oh', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'double', 'triple'].includes(next.lower)) return isWord(t[m + 2]) && NUMBER_OR_MONEY.has(t[m + 2]!.lower) || t[m + 2]?.kind === 'number' || ['oh', 'double', 'triple'].includes(t[m + 2]?.lower ?? '');
  // An email glued together: "at mahsa.moradi@...".
  return t[m + 2]?.start === next.end && (t[m + 2]!.text === '@' || t[m + 2]!.text === '.');
}

/**
 * Names from the speech around them, never from capitals alone: introductions ("it's Priya
 * Natarajan calling", "Dermot Healy here"), answers to "your name?" in the turn before, relations
 * ("for my son, Liam"), titles ("Dr Okafor"; the title is not in the span), spelled names
 * ("T-R-A-N"), and a given name followed by a surname of the lexicons ("keisha brown"). Words that
 * are also everyday words ("Will", "Grace", "May") count only when that context says so.
 */
export function people(a: Analysis): Candidate[] {
  const found: Candidate[] = [];
  const t = a.tokens;
  const add = (read: NameSpan | undefined, rule: string, confidence: number) => {
    if (!read) return;
    // "last name N G U Y E N first name Bao": capitals said one by one are a spelling, read whole, not as up to five name words.
    const spelling = t[read.first]!.text.length === 1 && isWord(t[read.first + 1]) && t[read.first + 1]!.text.length === 1 ? spelledAt(t, read.first, 3) : undefined;
    const name = spelling !== undefined && spelling.last > read.last ? spelling : read;
    // "doctor ahmadi's office": the possessive's "'s" stays outside the name, as the labels keep it.
    const last = t[name.last]!;
    const end = last.lower.endsWith("'s") && last.text.length > 3 ? last.end - 2 : last.end;
    found.push({ type: 'PERSON', start: t[name.first]!.start, end, rule, confidence, value: name.value.replace(/'s$/, '') });
    const spelled = spelledAfter(t, name.last + 1);
    if (spelled) found.push({ type: 'PERSON', start: t[spelled.first]!.start, end: t[spelled.last]!.end, rule: 'person.spelled', confidence: 0.9, value: spelled.value });
    const said = saidBeside(t, name);
    if (said !== undefined) found.push({ type: 'PERSON', start: t[said]!.start, end: t[said]!.end, rule: 'person.repeated', confidence: confidence - 0.01, value: t[said]!.lower });
  };
  if (a.asked.has('name') || a.asked.has('spelling')) {
    let k = 0;
    while (k < t.length && k < 8 && ANSWER_LEAD.has(t[k]!.lower)) k++;
    const spelled = spelledAt(t, k, 2);
    if (spelled) found.push({ type: 'PERSON', start: t[spelled.first]!.start, end: t[spelled.last]!.end, rule: 'person.spelled', confidence: 0.9, value: spelled.value });
    // "First?" / "will": a given name that is also a function word, said as the whole answer.
    else if (isWord(t[k]) && FIRST_NAMES.has(t[k]!.lower) && (t[k + 1] === undefined || (t[k + 1]!.kind === 'punct' && t[k + 2] === undefined))) add({ first: k, last: k, parts: 1, value: t[k]!.lower }, 'person.answer', 0.9);
    else add(readName(t, k, 'answer'), 'person.answer', 0.9);
    // "G-U-T... you know what": a spelling broken off, letters joined by hyphens, in an answer about a name.
    for (let i = k; i < t.length; i++) {
      if (t[i]!.kind !== 'word' || t[i]!.text.length !== 1 || t[i + 1]?.text !== '-' || (i > 0 && t[i - 1]!.text === '-')) continue;
      const broken = spelledAt(t, i, 3);
      if (broken && t.slice(broken.first, broken.last + 1).every((x) => x.kind === 'word' || x.text === '-')) found.push({ type: 'PERSON', start: t[broken.first]!.start, end: t[broken.last]!.end, rule: 'person.spelled', confidence: 0.88, value: broken.value });
    }
  }
  for (let i = 0; i < t.length; i++) {
    // Only a word some rule below starts at, or a capitalised one before another: most tokens are neither.
    // A rule added to this loop that starts at another word must add that word to `startsAPersonRule`.
    // A hyphenated given name ("ji-hoon") is tested only where a hyphen follows the word.
    if (!startsAPersonRule.of(t[i]!) && !(isCapitalised(t[i]!) && isWord(t[i + 1]) && isCapitalised(t[i + 1]!)) && !compoundGivenAt(t, i)) continue;
    const w = t[i]!.lower;
    // "Is this the Reyes household?", "the Okafor family": a surname before the word for those who live together.
    if (HOUSEHOLDS.has(w) && t[i - 2]?.lower === 'the' && isWord(t[i - 1])) {
      const s = t[i - 1]!;
      const surname = (SURNAMES.has(s.lower) && (!COMMON_WORDS.has(s.lower) || isCapitalised(s))) || (isCapitalised(s) && !COMMON_WORDS.has(s.lower) && !NOT_NAME_WORDS.has(s.lower));
      if (surname && !NOT_NAMES.has(s.lower) && !PLACE_STARTS.has(s.lower) && !ORGANISATIONS.has(s.lower)) found.push({ type: 'PERSON', start: s.start, end: s.end, rule: 'person.household', confidence: 0.88, value: s.lower });
    }
    // "Is Joy in today?", "is Faith working on Saturday?": a staff member asked for by name, a word that is also a name included.
    if (w === 'is' && isWord(t[i + 1]) && isCapitalised(t[i + 1]!) && STAFF_PRESENCE.has(t[i + 2]?.lower ?? '')) {
      const name = readName(t, i + 1, 'title');
      if (name && STAFF_PRESENCE.has(t[name.last + 1]?.lower ?? '')) add(name, 'person.staff', 0.88);
    }
    // "can Rose call me back", "could Siobhan ring me": a member of staff asked to call, a word-name included.
    if ((w === 'can' || w === 'could') && isWord(t[i + 1]) && isCapitalised(t[i + 1]!) && given.of(t[i + 1]!) && !NOT_NAMES.has(t[i + 1]!.lower) && CONTACT_VERBS.has(t[i + 2]?.lower ?? '') && ['me', 'us', 'back'].includes(t[i + 3]?.lower ?? '')) {
      add({ first: i + 1, last: i + 1, parts: 1, value: t[i + 1]!.lower }, 'person.staff', 0.88);
    }
    // "And Aroha's date of birth?", "is Tevita's mobile the same": a capitalised word owning a personal detail is a person.
    // "Tayo's dad here", "I'm Grace, Hope's mom": owning a relation, at the turn's start too, and a word-name inside a sentence.
    const kin = RELATIONS.has(t[i + 1]?.lower ?? '') && !NOT_KIN.has(t[i + 1]!.lower);
    if ((i > 0 || kin) && w.endsWith("'s") && PERSONAL_DETAILS.has(t[i + 1]?.lower ?? '') && isCapitalised(t[i]!)) {
      const bare = w.slice(0, -2);
      const wordName = kin && i > 0 && !['.', '?', '!'].includes(t[i - 1]!.text) && AMBIGUOUS_NAME(bare) && !MONTHS.has(bare);
      if (bare.length >= 2 && !NOT_NAMES.has(bare) && ((!COMMON_WORDS.has(bare) && !NOT_NAME_WORDS.has(bare)) || wordName) && !PLACE_STARTS.has(bare) && !ORGANISATIONS.has(bare)) {
        found.push({ type: 'PERSON', start: t[i]!.start, end: t[i]!.end - 2, rule: 'person.possessive', confidence: 0.87, value: bare });
      }
    }
    // "it's priyanka again, dev's mom": in lowercase speech, a given name of the lexicons (no everyday word) owning a relation.
    if (kin && w.endsWith("'s") && !isCapitalised(t[i]!)) {
      const bare = w.slice(0, -2);
      if (bare.length >= 3 && FIRST_NAMES.has(bare) && !everydayWord.of(t[i]!) && !NOT_NAMES.has(bare) && !relationWord.of(t[i]!) && !TITLES.has(bare) && !SPEECH_WORDS.has(bare) && !PLACE_STARTS.has(bare)) {
        found.push({ type: 'PERSON', start: t[i]!.start, end: t[i]!.end - 2, rule: 'person.possessive', confidence: 0.86, value: bare });
      }
    }
    // "is this Ji-woo's mother?", "Mary-Kate's appointment": a hyphenated given name owning a detail or a relation.
    if (i > 1 && w.endsWith("'s") && PERSONAL_DETAILS.has(t[i + 1]?.lower ?? '') && t[i - 1]!.text === '-' && t[i - 1]!.end === t[i]!.start && t[i - 2]!.end === t[i - 1]!.start && isWord(t[i - 2]) && isCapitalised(t[i - 2]!)) {
      const joined = `${t[i - 2]!.lower}-${w.slice(0, -2)}`;
      if (givenCompound(joined)) found.push({ type: 'PERSON', start: t[i - 2]!.start, end: t[i]!.end - 2, rule: 'person.possessive', confidence: 0.87, value: joined });
    }
    // "Niamh's teething really badly", "Oisin's been off school": a capitalised given name with "'s" (is, has) before what the person is doing.
    if (w.endsWith("'s") && isCapitalised(t[i]!) && startsClause(t, i) && FIRST_NAMES.has(w.slice(0, -2)) && !COMMON_WORDS.has(w.slice(0, -2)) && !NOT_NAMES.has(w.slice(0, -2)) && !PLACE_STARTS.has(w.slice(0, -2))) {
      const next = t[i + 1]?.lower ?? '';
      if ((/^\p{L}{3,}ing$/u.test(next) && !/^(?:some|any|no|every)thing$/.test(next)) || ['been', 'got', 'gone', 'had'].includes(next)) {
        found.push({ type: 'PERSON', start: t[i]!.start, end: t[i]!.end - 2, rule: 'person.doing', confidence: 0.87, value: w.slice(0, -2) });
      }
    }
    // "you can text Haruto on 01 ...", "ring dariusz at 087 ...": a person reached on a number or at an email, named after the verb.
    if (CONTACT_VERBS.has(w) && isWord(t[i + 1]) && t[i - 1]?.lower !== 'the') {
      const name = readName(t, i + 1, 'title') ?? (unknownNameWord.of(t[i + 1]!) && !neverStartsAName.of(t[i + 1]!) ? { first: i + 1, last: i + 1, parts: 1, value: t[i + 1]!.lower } : undefined);
      const first = name && t[name.first]!;
      if (name && first && !everydayWord.of(first) && !SPEECH_WORDS.has(first.lower) && (knownOrBare.of(first) || unknownNameWord.of(first)) && reachedOn(t, name.last + 1)) add(name, 'person.contact', 0.88);
    }
    const cues = INTRODUCTIONS.get(w);
    for (let c = 0; cues !== undefined && c < cues.length; c++) {
      const cue = cues[c]!;
      const start = i - cue.phrase.length + 1;
      if (start < 0 || !phraseAt(t, start, cue.phrase)) continue;
      const k = skipFillers(t, i + 1);
      const spelled = cue.phrase[0] === 'spelled' || cue.phrase[0] === 'spelt' ? spelledAt(t, k, 2) : undefined;
      if (spelled) found.push({ type: 'PERSON', start: t[spelled.first]!.start, end: t[spelled.last]!.end, rule: 'person.spelled', confidence: 0.9, value: spelled.value });
      else {
        // "the surname field": a bare "surname"/"first name" after a determiner is a noun, and takes what any cue takes.
        const mode = cue.mode === 'naming' && BARE_NAMING.has(cue.phrase.join(' ')) && DETERMINERS.has(t[start - 1]?.lower ?? '') ? 'any' : cue.mode;
        const name = inverted(t, readName(t, k, mode) ?? (a.asked.has('name') && k <= 6 && !sentenceEndsBefore(t, k) ? readName(t, k, 'answer') : undefined) ?? particleCompound(t, k));
        // "Okay Tomás, I've found you": a name said to someone closes its clause ("Sure, Will do" is no name).
        // "a cockapoo called Biscuit": an animal's name.
        if (name && (cue.phrase.at(-1) === 'called' || cue.phrase.at(-1) === 'named') && t.slice(Math.max(0, start - 6), start).some((x) => ANIMALS.has(x.lower))) continue;
        if (name && ADDRESSING.has(cue.phrase[0]!) && (!closesClause(t[name.last + 1]) || !isCapitalised(t[name.first]!))) continue;
        // "my policy number with Zilveren Kruis", "it's with HCF": who a person is insured with is an insurer.
        if (name && cue.phrase.at(-1) === 'with' && t.slice(Math.max(0, start - 4), start).some((x) => INSURED.has(x.lower))) continue;
        // "calling about Invisalign": what a call is about is a person's name only when it is one ("calling about Eamon Quill").
        if (name && cue.phrase.at(-1) === 'about' && name.parts < 2 && !given.of(t[name.first]!)) continue;
        // "W three three four ... it's Washington" after "your driver's license?": the state that issued it, not a person.
        if (name && a.asked.has('license') && namesAnIssuer(a, name.first, name.last)) continue;
        add(name, 'person.introduction', 0.92);
      }
    }
    // "my wife's May, we're both ...": a relation and "'s" (is) before a capitalised name that closes its clause.
    if (w.endsWith("'s") && RELATIONS.has(w.slice(0, -2)) && !NOT_KIN.has(w.slice(0, -2)) && owned(t, i) && isWord(t[i + 1]) && isCapitalised(t[i + 1]!)) {
      const name = readName(t, i + 1, 'title');
      if (name && (closesClause(t[name.last + 1]) || t[name.last + 1]?.lower === 'and')) add(name, 'person.relation', 0.88);
    }
    if (RELATIONS.has(w) && owned(t, i)) {
      // "my daughter-in-law agnieszka": the relation's hyphenated tail.
      const inLaw = t[i + 1]?.text === '-' && t[i + 2]?.lower === 'in' && t[i + 3]?.text === '-' && t[i + 4]?.lower === 'law';
      let k = skipFillers(t, inLaw ? i + 5 : i + 1);
      // "my twins are Aiden and Aoife", "the kids are noa and eitan": a plural relation's names after "are".
      if (t[k]?.lower === 'is' || t[k]?.lower === "'s" || (PLURAL_KIN.has(w) && t[k]?.lower === 'are')) k = skipFillers(t, k + 1);
      // "ring my son instead Oisin on ...": a word about the request between the relation and the name.
      if (['instead', 'too', 'also'].includes(t[k]?.lower ?? '')) k = skipFillers(t, k + 1);
      const name = readName(t, k, 'any') ?? lowercaseFullName(t, k, w) ?? wordNameAfterRelation(t, k, w) ?? capitalAfterRelation(t, k);
      // "the patient Wi-Fi", "the patient portal": after "the", a word of no lexicon is the thing the patient has, not a patient's name.
      if (name && NOT_KIN.has(w) && t[i - 1]?.lower === 'the' && !knownOrBare.of(t[name.first]!)) continue;
      add(name, 'person.relation', 0.9);
      // "my twins Aiden and Aoife": more names joined by "and" after a relation.
      if (name && t[name.last + 1]?.lower === 'and') add(readName(t, name.last + 2, 'known'), 'person.relation', 0.88);
    }
    // The name after the title is read only after a title.
    const named = TITLES.has(w) && isWord(t[i + 1]) && isCapitalised(t[i + 1]!) && given.of(t[i + 1]!) && !COMMON_WORDS.has(t[i + 1]!.lower);
    if (TITLES.has(w) && (isCapitalised(t[i]!) || w === 'dr' || w === 'doctor' || w === 'mr' || w === 'mrs' || w === 'ms' || named)) {
      let k = i + 1;
      if (t[k]?.text === '.') k++;
      add(readName(t, k, 'title') ?? particleCompound(t, k), 'person.title', 0.93);
    }
    // "Dermot Healy here", "keisha brown": a given name with a surname, or with "here/calling" after it.
    if (!isWord(t[i]) || (!givenAt(t, i) && !(isCapitalised(t[i]!) && isWord(t[i + 1]) && isCapitalised(t[i + 1]!)))) continue;
    // "by the Fred Meyer", "at the Trader Joe's": a name after "the" is a shop's or a place's.
    if (LOCATIVES.has(t[i - 1]?.lower ?? '') || t[i - 1]?.lower === 'the') continue;
    // "Royal Prince Alfred", "St Vincent": a name after a place's first word is the place's.
    if (t[i - 1] && isCapitalised(t[i - 1]!) && PLACE_STARTS.has(t[i - 1]!.lower)) continue;
    // "eight D L Bradford": a letter after a number or another letter is a code's (a postcode said), not an initial.
    if (t[i]!.text.length === 1 && afterDigits(t, i)) continue;
    const name = readName(t, i, 'pair');
    // "the reference is alpha bravo seven seven": words of the spelling alphabet spell a code, not a name.
    if (name && name.parts >= 2 && t.slice(i, name.last + 1).every((x) => !isWord(x) || NATO.has(x.lower))) continue;
    // "jae-won, no ...": a hyphenated given name alone closing its clause is one too; an everyday word hardly has that shape.
    // "pat not patricia": a given name said instead of another.
    const instead = name !== undefined && name.parts === 1 && !MONTHS.has(w) && ((t[name.last + 1]?.lower === 'not' && givenAt(t, name.last + 2) && !MONTHS.has(t[name.last + 2]!.lower)) || (t[i - 1]?.lower === 'not' && isWord(t[i - 2]) && given.of(t[i - 2]!) && !MONTHS.has(t[i - 2]!.lower)));
    const alone = instead || name !== undefined && name.parts === 1 && compoundGivenAt(t, i) && startsClause(t, i) && (closesClause(t[name.last + 1]) || CORRECTIONS.has(t[name.last + 1]?.lower ?? '') || DOING.has(t[name.last + 1]?.lower ?? ''));
    if (name && (name.parts >= 2 || alone || ENDS_INTRODUCTION.has(t[name.last + 1]?.lower ?? '')) && (givenAt(t, i) || name.parts >= 2)) add(name, 'person.name', 0.88);
    // "Eileen called", "the kids are Ava and Noah": a capitalised given name that is no everyday word, doing something or joined to another.
    else if (name && name.parts === 1 && isCapitalised(t[i]!) && given.of(t[i]!) && !COMMON_WORDS.has(w) && !NOT_NAME_WORDS.has(w)) {
      const next = t[name.last + 1]?.lower ?? '';
      const partner = next === 'and' ? t[name.last + 2] : t[i - 1]?.lower === 'and' ? t[i - 2] : undefined;
      const paired = partner !== undefined && isWord(partner) && isCapitalised(partner) && given.of(partner) && !NOT_NAMES.has(partner.lower);
      if ((DOING.has(next) && startsClause(t, i)) || paired) add(name, 'person.name', 0.87);
    }
    // "the nurse said kenji has a ...", "and then aoife was sick": in lowercase speech, a given name of the lists (no everyday word)
    // after a word that opens a clause, before what the person has or is.
    else if (name && name.parts === 1 && !isCapitalised(t[i]!) && i > 0 && isWord(t[i - 1]) && CLAUSE_OPENERS.has(t[i - 1]!.lower) && !everydayWord.of(t[i]!) && !SPEECH_WORDS.has(w) && given.of(t[i]!) && LOWERCASE_DOING.has(t[name.last + 1]?.lower ?? '')) {
      add(name, 'person.name', 0.86);
    }
  }
  for (let i = 0; i < t.length; i++) {
    const w = t[i]!;
    const before = t[i - 1]?.lower ?? '';
    if ((before !== ',' && before !== 'but' && t[i + 1]?.text !== ',') || !isWord(w) || !isCapitalised(w)) continue;
    if (NOT_NAMES.has(w.lower) || COMMON_WORDS.has(bareWord(w.lower)) || NOT_NAME_WORDS.has(w.lower)) continue;
    // "Mohammed El-Masri, Mo's fine", "but Dami is fine": the name a caller would rather be called.
    const nickname = [',', 'but'].includes(before) && ((w.lower.endsWith("'s") && t[i + 1]?.lower === 'fine') || (t[i + 1]?.lower === 'is' && t[i + 2]?.lower === 'fine'));
    // "that's Marisol, my roommate": a name said with the relation after it.
    // "Denplan, my patient number is ...": the relation word naming an identifier is no relation.
    const apposed = t[i + 1]?.text === ',' && ['my', 'his', 'her', 'our', 'their'].includes(t[i + 2]?.lower ?? '') && RELATIONS.has(t[i + 3]?.lower ?? '') && !['one', 'youngest', 'eldest', 'oldest', 'middle'].includes(t[i + 3]!.lower) && !NUMBER_NOUNS.has(t[i + 4]?.lower ?? '') && !PLACE_STARTS.has(w.lower) && !/^\p{Lu}{2,}$/u.test(w.text) && !brandShaped(w);
    if (!nickname && !apposed) continue;
    const end = w.lower.endsWith("'s") ? w.end - 2 : w.end;
    found.push({ type: 'PERSON', start: w.start, end, rule: 'person.nickname', confidence: 0.87, value: bareWord(w.lower) });
  }
  const opening = openingIntroduction(t);
  if (opening) add(opening.name, opening.rule, 0.86);
  if (opening?.also) add(opening.also, opening.rule, 0.86);
  // "przemek wróblewski here", "fionnuala speaking": at the start of a turn, the words before "here"/"speaking"/"calling" introduce the speaker.
  const intro = introducedAtStart(t);
  if (intro) add(intro, 'person.introduction', 0.9);
  // "D E S H P A N D E": four or more letters spelled one by one are a name, unless they spell an acronym.
  for (let i = 0; i < t.length; i++) {
    if (t[i]!.kind !== 'word' || t[i]!.text.length !== 1 || (i > 0 && t[i - 1]!.kind === 'word' && t[i - 1]!.text.length === 1)) continue;
    const spelled = spelledAt(t, i, 4);
    if (spelled && !SPELLED_ACRONYMS.has(spelled.value)) found.push({ type: 'PERSON', start: t[spelled.first]!.start, end: t[spelled.last]!.end, rule: 'person.spelled', confidence: 0.86, value: spelled.value });
  }
  spelledBeside(t, found);
  // "Ngaio Rewiti, 12 Kauri Street, ...", "so Min-ji Seo, Bergstraße 12", "Aroha 0412 000 111": a name opening a turn, then the details.
  const listed = listedAtStart(t, a.asked);
  if (listed) add(listed, 'person.listed', 0.88);
  // "Okafor, first name Kalliopi": a surname said first, before the ask for the given name.
  add(surnameBeforeGiven(t), 'person.surname_first', 0.89);
  // "Tamati is my partner", "Colm said to ring, he's my cousin": a capitalised word said to be someone's relation is a name.
  // "grace is my daughter", "hope is coming with me she's my sister": in lowercase speech, a given name of the lexicons (a word-name too).
  for (let i = 0; i < t.length; i++) {
    const lower = isWord(t[i]) && !isCapitalised(t[i]!);
    // In lowercase, one word before the verb: most words are no name, and the word after is looked at first.
    if (lower && !DOING.has(t[i + 1]?.lower ?? '') && t[i + 1]?.lower !== 'from') continue;
    if (!isWord(t[i]) || !startsClause(t, i) || t[i]!.text === 'I' || NOT_NAMES.has(t[i]!.lower) || NOT_NAME_WORDS.has(t[i]!.lower) || PLACE_STARTS.has(t[i]!.lower)) continue;
    if (COMMON_WORDS.has(t[i]!.lower) && !AMBIGUOUS_NAME(t[i]!.lower)) continue;
    if (SPEECH_WORDS.has(t[i]!.lower) || (lower && (!given.of(t[i]!) || relationWord.of(t[i]!)))) continue;
    // What follows is read first, the name only where it says one: most words are followed by neither.
    const related = relationSaid(t, i + 1);
    // "siobhan from the pharmacy said", "Rose from reception rang": someone named by where they work, then what they said.
    const fromWork = !related && given.of(t[i]!) && (!lower || !everydayWord.of(t[i]!)) && saidFromWork(t, i + 1);
    if (!related && !fromWork) continue;
    const name = lower ? { first: i, last: i, parts: 1, value: t[i]!.lower } : readName(t, i, 'title');
    add(name, related ? 'person.relation' : 'person.role', related ? 0.88 : 0.87);
  }
  // "Will. Will Featherstone", "Fernández Ortega, two surnames, Fernández Ortega": a word already taken as a name is one again.
  const capitalised = capitalisedNameWords(a, found);
  const names = new Set(found.flatMap((f) => f.value.split(' ')).filter((v) => v.length >= 2 && !COMMON_WORDS.has(v) || capitalised.has(v)));
  for (let i = 0; i < t.length && names.size > 0; i++) {
    // "Whetu's check-up, Whetu Kingi": the name again with "'s" glued on (the span stops before it).
    const glued = t[i]!.lower.endsWith("'s") && names.has(t[i]!.lower.slice(0, -2));
    if (glued && isCapitalised(t[i]!) && !found.some((f) => f.start <= t[i]!.start && t[i]!.end <= f.end)) {
      found.push({ type: 'PERSON', start: t[i]!.start, end: t[i]!.end - 2, rule: 'person.repeated', confidence: 0.87, value: t[i]!.lower.slice(0, -2) });
      continue;
    }
    if (t[i]!.kind === 'word' && names.has(t[i]!.lower) && !found.some((f) => f.start <= t[i]!.start && t[i]!.end <= f.end)) {
      // "mark it on my notes" after "Mark Oyelowo-Hart"; "Prenzlauer Berg" after "van der Berg": not the name again.
      if (COMMON_WORDS.has(t[i]!.lower) && !isCapitalised(t[i]!)) continue;
      // "eighty-one at gmail ..., all one word": a number's word is not a name said again; nor "my ward" after "Sarah Ward".
      if (NUMBER_OR_MONEY.has(t[i]!.lower) || (relationWord.of(t[i]!) && POSSESSIVES.has(t[i - 1]?.lower ?? ''))) continue;
      const prev = t[i - 1];
      // "I was there in May": the month again, not the name.
      if (MONTHS.has(t[i]!.lower) && (MONTH_BEFORE.has(prev?.lower ?? '') || t[i + 1]?.kind === 'number' || ORDINAL.test(t[i + 1]?.lower ?? ''))) continue;
      if (isWord(prev) && isCapitalised(prev) && !TITLES.has(prev.lower) && !names.has(prev.lower) && !startsClause(t, i - 1)) continue;
      const name = readName(t, i, 'title') ?? { first: i, last: i, parts: 1, value: t[i]!.lower };
      // "Suzuki here, Aiko Suzuki": the surname said again with a given name before it, opening its clause.
      if (isWord(prev) && isCapitalised(prev) && startsClause(t, i - 1) && !names.has(prev.lower) && !TITLES.has(prev.lower) && !neverStartsAName.of(prev) && !everydayWord.of(prev) && (given.of(prev) || unknownNameWord.of(prev))) {
        name.first = i - 1;
        name.value = `${prev.lower} ${name.value}`;
      }
      // "de la Fuente, de la fuente": the particles the name was first said with come with it again.
      let first = name.first;
      while (first > 0 && PARTICLES.has(t[first - 1]!.lower) && found.some((f) => f.value.includes(`${t[first - 1]!.lower} ${t[first]!.lower}`))) first--;
      name.first = first;
      found.push({ type: 'PERSON', start: t[name.first]!.start, end: t[name.last]!.end, rule: 'person.repeated', confidence: 0.87, value: name.value });
    }
  }
  // "van der Berg, small v, van der, then Berg": a name's particles said again alone, as the name is said over in its parts.
  // (Read only when a name with particles was found: most turns have none.)
  const particled = found.some((f) => f.value.includes(' ') && PARTICLES.has(f.value.slice(0, f.value.indexOf(' '))));
  for (let i = 0; particled && i + 1 < t.length; i++) {
    if (!PARTICLES.has(t[i]!.lower) || !PARTICLES.has(t[i + 1]!.lower) || PARTICLES.has(t[i - 1]?.lower ?? '') || isWord(t[i + 2])) continue;
    const particles = `${t[i]!.lower} ${t[i + 1]!.lower} `;
    if (found.some((f) => f.value.startsWith(particles) && f.end <= t[i]!.start)) found.push({ type: 'PERSON', start: t[i]!.start, end: t[i + 1]!.end, rule: 'person.repeated', confidence: 0.86, value: particles.trim() });
  }
  // "Nadia El-Amin, that's el dash amin": a hyphenated name said again with its hyphen said as a word.
  const hyphenSaid = found.length > 0 && (a.lower.includes('dash') || a.lower.includes('hyphen'));
  for (let i = 0; hyphenSaid && i + 2 < t.length; i++) {
    if ((t[i + 1]!.lower !== 'dash' && t[i + 1]!.lower !== 'hyphen') || !isWord(t[i]) || !isWord(t[i + 2])) continue;
    const pair = `${t[i]!.lower} ${t[i + 2]!.lower}`;
    if (found.some((f) => f.value.includes(pair) && f.end <= t[i]!.start)) found.push({ type: 'PERSON', start: t[i]!.start, end: t[i + 2]!.end, rule: 'person.repeated', confidence: 0.87, value: pair });
  }
  // "the name was like grace something": a given name said with "something" for the surname not remembered.
  for (const k of halfRememberedNames(t, (w) => FIRST_NAMES.has(w.lower) && !NOT_NAMES.has(w.lower) && !MONTHS.has(w.lower))) {
    if (!found.some((f) => f.start < t[k]!.end && t[k]!.start < f.end)) found.push({ type: 'PERSON', start: t[k]!.start, end: t[k]!.end, rule: 'person.half_remembered', confidence: 0.86, value: t[k]!.lower });
  }
  // "Zielinska with a Z", "Mohammed with two m's": a word whose spelling is remarked on is a name.
  for (let i = 1; i < t.length; i++) {
    const w = t[i - 1]!;
    if (!isWord(w) || !spellingRemarkAt(t, i) || found.some((f) => f.start <= w.start && w.end <= f.end)) continue;
    if (neverStartsAName.of(w) || SPEECH_WORDS.has(w.lower) || NUMBER_NOUNS.has(w.lower) || (everydayWord.of(w) && !(isCapitalised(w) && AMBIGUOUS_NAME(w.lower)))) continue;
    // In lowercase, a name of the lexicons, unless an e-mail is being spelled ("tomos dot llewellyn at ..., that's tomos with one m").
    if (!isCapitalised(w) && !(knownOrBare.of(w) && !/@|\bdot\b/.test(a.lower))) continue;
    // "Marcus. Marcus with a C.": the same capitalised word said before the remark is the name too.
    for (const x of t) if (x.text === w.text && (x === w || isCapitalised(w)) && !found.some((f) => f.start <= x.start && x.end <= f.end)) found.push({ type: 'PERSON', start: x.start, end: x.end, rule: 'person.spelling_remark', confidence: 0.87, value: x.lower });
  }
  namesBesideNames(a.lower, t, found);
  const givenWord = (w: Token) => FIRST_NAMES.has(w.lower) && !neverStartsAName.of(w) && (!everydayWord.of(w) || isCapitalised(w));
  for (const k of namedAfterRelationClause(t, (m) => relationWord.of(t[m]!) && !NOT_KIN.has(t[m]!.lower.replace(/'s$/, '')) && owned(t, m), (w) => givenWord(w) && !everydayWord.of(w) && !KIN_ADDRESS.has(w.lower))) {
    if (!found.some((f) => f.start < t[k]!.end && t[k]!.start < f.end)) found.push({ type: 'PERSON', start: t[k]!.start, end: t[k]!.end, rule: 'person.relation', confidence: 0.86, value: t[k]!.lower });
  }
  for (const [first, last] of namedAsAName(t, (w) => !neverStartsAName.of(w) && !NOT_NAME_WORDS.has(w.lower) && !SPEECH_WORDS.has(w.lower) && (isCapitalised(w) ? !MONTHS.has(w.lower) : given.of(w) || unknownNameWord.of(w)))) {
    if (!found.some((f) => f.start < t[last]!.end && t[first]!.start < f.end)) found.push({ type: 'PERSON', start: t[first]!.start, end: t[last]!.end, rule: 'person.named_as', confidence: 0.88, value: t.slice(first, last + 1).map((x) => x.lower).join(' ') });
  }
  found.push(...namesPutRight(t, found, (w) => !neverStartsAName.of(w) && !SPEECH_WORDS.has(w.lower) && !KIN_ADDRESS.has(w.lower) && ((given.of(w) && !everydayWord.of(w)) || (isCapitalised(w) && unknownNameWord.of(w)))));
  found.push(...invertedBeforeDetails(t, (w) => !neverStartsAName.of(w) && !everydayWord.of(w), PARTICLES));
  found.push(...joinedToName(t, found, givenWord));
  for (const r of namedByRole(t, givenWord)) if (!found.some((f) => f.start < r.end && r.start < f.end)) found.push(r);
  if (a.said !== undefined) found.push(...namesSaidAgain(a, found));
  // "it's lot number 2251": a word saying what a number is, before it, names no one.
  // The agent's own name ("this is Ava", then the caller's "hi Ava") is its persona's, nobody's data.
  // A word or letters spelling an e-mail's local part ("it's mac g p at gmail"), or spelling it again after it, are the address's, not a name.
  const mail = a.lower.includes('@') || a.lower.includes(' at ');
  const named = found.filter((f) => !afterSaint(t, f.start) && !(NUMBER_NOUNS.has(f.value) && numberAfter(t, f.end)) && !(a.agent || a.said !== undefined ? agentsOwnName(a, f) : false) && !(mail && spellsAnEmail(a.text, f.end)) && !(mail && f.rule === 'person.spelled' && spellsAnEmailAgain(a.lower, f.start, f.value)) && !readsBackMail(a, f) && !roadInDirections(t, f.start));
  return withoutNonNames(t, named);
}

/**
 * The word said beside a name that is the same person's: the first word said twice ("rose, rose kaplan"), a short form before the
 * full name ("mo mohammed iqbal"), a name put right ("bill not william", "jae-won no jaewon"). Its index, or undefined.
 */
function saidBeside(t: Token[], name: NameSpan): number | undefined {
  const first = t[name.first]!.lower;
  let b = name.first - 1;
  if (t[b]?.text === ',') b--;
  const before = t[b];
  if (isWord(before) && before.start < t[name.first]!.start && !NOT_NAME_WORDS.has(before.lower) && !NOT_NAMES.has(before.lower)) {
    const shortForm = b === name.first - 1 && /^\p{L}{2,}$/u.test(before.text) && first.length > before.lower.length + 2 && first.startsWith(before.lower) && !COMMON_WORDS.has(before.lower);
    if (before.lower === first || shortForm) return b;
  }
  // "shaz um sharon mcinerney", "mike uh michael dellarocca": opening the turn, a short form and a pause before the full name.
  const paused = t[name.first - 1];
  const short = t[name.first - 2];
  if (name.parts >= 2 && isWord(paused) && FILLER_WORDS.has(paused.lower) && isWord(short) && startsClause(t, name.first - 2) && /^\p{L}{2,}$/u.test(short.text)) {
    const s = short.lower;
    const sameStart = s.length < first.length && s.slice(0, 2) === first.slice(0, 2);
    if (sameStart && !COMMON_WORDS.has(s) && !NOT_NAME_WORDS.has(s) && !SPEECH_WORDS.has(s) && !neverStartsAName.of(short)) return name.first - 2;
  }
  // "bill not william": a name said instead of the one that follows.
  if (t[name.first - 1]?.lower === 'not' && isWord(t[name.first - 2]) && unknownOrGiven(t[name.first - 2]!) && !NOT_NAME_WORDS.has(t[name.first - 2]!.lower)) return name.first - 2;
  // "jae-won no jaewon": the name put right after "no"/"not".
  let a = name.last + 1;
  if (t[a]?.lower !== 'no' && t[a]?.lower !== 'not') return undefined;
  a++;
  if (t[a]?.text === ',') a++;
  if (["it's", 'its'].includes(t[a]?.lower ?? '')) a++;
  const after = t[a];
  return isWord(after) && !isCapitalised(after) && unknownOrGiven(after) && !NOT_NAME_WORDS.has(after.lower) && !CORRECTIONS.has(after.lower) ? a : undefined;
}
const unknownOrGiven = (w: Token) => !neverStartsAName.of(w) && (unknownNameWord.of(w) || given.of(w));

/** A relation word at `i` owned by a possessive: "my son", "her little boy", "my ex-husband". */
function owned(t: Token[], i: number): boolean {
  const before = t[i - 1]?.lower ?? '';
  if (POSSESSIVES.has(before)) return true;
  if (RELATION_MODIFIERS.has(before)) return POSSESSIVES.has(t[i - 2]?.lower ?? '');
  // "ex-husband", "step-son": a modifier joined by a hyphen.
  return before === '-' && t[i - 1]!.start === t[i - 2]?.end && RELATION_MODIFIERS.has(t[i - 2]!.lower) && POSSESSIVES.has(t[i - 3]?.lower ?? '');
}

/** The words `fullNameAfterRelation` reads a name of. */
const RELATION_NAME_WORDS: NameWords = {
  given: (w) => !neverStartsAName.of(w) && !SPEECH_WORDS.has(w.lower) && ((given.of(w) && !everydayWord.of(w)) || unknownNameWord.of(w)),
  surname: (w) => SURNAMES.has(w.lower) && !COMMON_WORDS.has(w.lower) && !NOT_NAME_WORDS.has(w.lower) && !NOT_NAMES.has(w.lower),
  part: (w) => unknownNameWord.of(w) || (SURNAMES.has(w.lower) && !COMMON_WORDS.has(w.lower)),
  particles: PARTICLES,
};

/** "my husband tamsin choi is ...": a lowercase given name of no list and a surname, after a relation of kin or friends. */
function lowercaseFullName(t: Token[], k: number, relation: string): NameSpan | undefined {
  if (NOT_KIN.has(relation)) return undefined;
  const last = fullNameAfterRelation(t, k, RELATION_NAME_WORDS);
  if (last === undefined) return undefined;
  const parts = t.slice(k, last + 1).filter((x) => x.kind === 'word' && !PARTICLES.has(x.lower)).length;
  return { first: k, last, parts, value: t.slice(k, last + 1).filter((x) => x.kind === 'word').map((x) => x.lower).join(' ') };
}

/** What a person named after a relation does next: "my husband seánie has ...", "my daughter may she's seven". */
const AFTER_RELATION_NAME = new Set(['is', 'has', 'was', 'had', 'needs', 'takes', 'said', 'wants', 'gets', 'got',
  // What the one named said or did about the call: "my sister precious says", "my son dev thinks", "my wife hope rang".
  'says', 'thinks', 'reckons', 'told', 'rang', 'called', 'phoned', 'asked', 'mentioned', 'suggested', 'recommended', 'booked']);
/** Verbs said of him or her that no modal takes before them: "doesnt", "is", "hates", "can't". */
const THIRD_PERSON_VERB = /^(?:doesn'?t|does|is|isn'?t|has|hasn'?t|was|wasn'?t|didn'?t|can'?t|won'?t|\p{L}{2,}[^s]s)$/u;
/** Given names that are also modal verbs: "my son will ...", "my wife may, if ...". */
const MODALS = new Set(['will', 'may', 'can', 'might', 'must', 'shall']);
/** Relations of family and friends: "my patient ref is" names no one. */
/** Relations said of more than one: "Aiden and Aoife, my twins". */
const PLURAL_KIN = new Set(['twins', 'kids', 'children', 'boys', 'girls', 'sons', 'daughters', 'grandkids', 'grandchildren']);
const NOT_KIN = new Set(['one', 'youngest', 'eldest', 'oldest', 'middle', 'patient', 'client', 'ward', 'boss', 'landlord', 'baby', 'kids', 'children', 'twins']);

/**
 * In lowercase speech, the word after "my daughter" that the lists do not take: a given name that is also a word ("may", "grace")
 * or a word of no list ("seánie"), when the clause closes after it or the person does something; said twice ("grace grace ng"),
 * the second time with the surname. "my son will call", "my daughter may need" are no names.
 */
function wordNameAfterRelation(t: Token[], k: number, relation: string): NameSpan | undefined {
  const w = t[k];
  if (!isWord(w) || isCapitalised(w) || neverStartsAName.of(w) || NOT_KIN.has(relation) || SPEECH_WORDS.has(w.lower)) return undefined;
  const next = t[k + 1];
  const wordName = AMBIGUOUS_NAME(w.lower) || FIRST_NAMES.has(w.lower);
  if (!wordName && !unknownNameWord.of(w)) return undefined;
  if (next?.lower === w.lower) {
    const again = readName(t, k + 1, 'naming');
    return { first: k, last: again?.last ?? k + 1, parts: again?.parts ?? 1, value: again?.value ?? w.lower };
  }
  // "my son will he need ...": a modal's question, unless a sentence or "she's" follows ("my daughter may, she's seven").
  // "my son will he need ...", "my daughter may, she says, need ...": a modal's clause; before "he's"/"she's" it is a name.
  const person = (x: Token | undefined) => ["she's", "he's", 'who', 'aged'].includes(x?.lower ?? '');
  const modal = NOT_NAME_WORDS.has(w.lower) || MODALS.has(w.lower);
  // "my husband will he doesnt like phones": after "he"/"she", a verb no modal takes says "will" was the name.
  const told = ['he', 'she'].includes(next?.lower ?? '') && THIRD_PERSON_VERB.test(t[k + 2]?.lower ?? '');
  const closes = modal ? next === undefined || ['.', '?', '!'].includes(next.text) || person(next) || (next.text === ',' && person(t[k + 2])) || told : closesClause(next);
  if (closes || (!modal && AFTER_RELATION_NAME.has(next?.lower ?? ''))) return { first: k, last: k, parts: 1, value: w.lower };
  return undefined;
}

/** Whether the words from `k` say that the one named just before is someone's relation: "is my partner", "said ..., he's my brother". */
function relationSaid(t: Token[], k: number): boolean {
  const isRelation = (m: number) => {
    let r = m;
    if (!['my', 'our'].includes(t[r]?.lower ?? '')) return false;
    r++;
    if (RELATION_MODIFIERS.has(t[r]?.lower ?? '')) r++;
    return RELATIONS.has(t[r]?.lower ?? '') && !['one', 'youngest', 'eldest', 'oldest', 'middle', 'patient', 'client', 'ward', 'boss', 'landlord'].includes(t[r]!.lower);
  };
  if (['is', 'was'].includes(t[k]?.lower ?? '') && isRelation(k + 1)) return true;
  if (!DOING.has(t[k]?.lower ?? '')) return false;
  // The same sentence goes on to say it: "..., he's my brother", "... she's the receptionist".
  const says = (m: number) => ["he's", "she's", "they're"].includes(t[m]?.lower ?? '') && (isRelation(m + 1) || (t[m + 1]?.lower === 'the' && STAFF_ROLES.has(t[m + 2]?.lower ?? '')));
  for (let m = k + 1; m < t.length && m < k + 12; m++) {
    if (['.', '?', '!'].includes(t[m]!.text)) return false;
    if ((t[m]!.text === ',' && says(m + 1)) || says(m)) return true;
  }
  return false;
}

/**
 * A name opening a turn (after a greeting or "so"), followed by the caller's details: a comma and
 * an address or a number ("Ngaio Rewiti, 12 Kauri Street", "so youssef gill, 21 Coronation
 * Street"), or a phone number right after it ("Aroha 0412 000 111").
 */
function listedAtStart(t: Token[], asked: Analysis['asked']): NameSpan | undefined {
  let k = 0;
  while (k < t.length && k < 3 && ['so', 'ok', 'okay', 'right', 'yeah', 'um', 'uh', 'and'].includes(t[k]!.lower)) k++;
  const w = t[k];
  if (!isWord(w) || NOT_NAMES.has(w.lower) || PLACE_STARTS.has(w.lower)) return undefined;
  const capital = isCapitalised(w);
  const name = readName(t, k, capital ? 'title' : 'pair');
  // "um yeah so aroha eze born feb 9 64", "ok so zhang +61 491 ...", "Oisín at 209 Victoria Road": the details said right after a name make it one.
  // An answer to the ask for an identifier names its issuer first ("Alberta, 184-402-971"), not the caller.
  const listed = NOT_NAME_ASKS.some((ask) => asked.has(ask)) ? undefined : listedBeforeDetails(t, k);
  if (listed) return listed;
  if (!name || name.parts > 3 || (!capital && (name.parts < 2 || !given(w.lower)))) return undefined;
  if (capital && name.parts === 1 && (COMMON_WORDS.has(w.lower) || NOT_NAME_WORDS.has(w.lower))) return undefined;
  const next = t[name.last + 1];
  const after = t[name.last + 2];
  // A comma and the details: a house number, or a street word and its number ("Bergstraße 12").
  if (next?.text === ',' && name.parts >= 2 && (after?.kind === 'number' || (isWord(after) && t[name.last + 3]?.kind === 'number'))) {
    return name.parts === 2 || capital ? name : undefined;
  }
  // "Aiko Suzuki Jr, born ...", "Tomás Quiroga, my postcode changed": a capitalised full name, a comma, then the person's own details.
  const detail = after?.lower === 'born' || after?.lower === 'dob' || (after?.lower === 'date' && t[name.last + 3]?.lower === 'of') || (after?.lower === 'my' && OWN_DETAILS.has(t[name.last + 3]?.lower ?? ''));
  if (next?.text === ',' && capital && name.parts >= 2 && detail && t.slice(k, name.last + 1).every((x) => x.kind !== 'word' || isCapitalised(x) || PARTICLES.has(x.lower))) return name;
  // A phone right after a name alone: the digits of the next few tokens make a number.
  if (capital && next?.kind === 'number' && !w.lower.endsWith("'s") && !PERSONAL_DETAILS.has(w.lower) && known(w.lower) && t.slice(name.last + 1, name.last + 6).filter((x) => x.kind === 'number').reduce((n, x) => n + x.text.length, 0) >= 8) return name;
  return undefined;
}

/** "Dr El-Sayed": a capitalised particle joined by a hyphen to a capitalised word after a title (the particle alone starts no name). */
function particleCompound(t: Token[], k: number): NameSpan | undefined {
  const w = t[k];
  if (!isWord(w) || !PARTICLES.has(w.lower) || !isCapitalised(w) || compoundAt(t, k) === undefined || !isCapitalised(t[k + 2]!)) return undefined;
  return { first: k, last: k + 2, parts: 1, value: `${w.lower}-${t[k + 2]!.lower}` };
}

/** "register my son Kit", "my daughter Summer has ...": a capitalised word inside a sentence after a relation, closing its clause or acting. */
function capitalAfterRelation(t: Token[], k: number): NameSpan | undefined {
  const w = t[k];
  if (!isWord(w) || !isCapitalised(w) || /^\p{Lu}{2,}$/u.test(w.text) || w.text === 'I' || neverStartsAName.of(w) || MONTHS.has(w.lower) || !isWord(t[k - 1])) return undefined;
  const next = t[k + 1];
  return closesClause(next) || AFTER_RELATION_NAME.has(next?.lower ?? '') ? { first: k, last: k, parts: 1, value: w.lower } : undefined;
}

/** Whether the letters said one by one before `i` follow a number or a number word ("eight D L"): a code's letters. */
function afterDigits(t: Token[], i: number): boolean {
  let p = i - 1;
  while (p >= 0 && isWord(t[p]) && t[p]!.text.length === 1) p--;
  return p >= 0 && (t[p]!.kind === 'number' || NUMBER_OR_MONEY.has(t[p]!.lower));
}

/** Whether a number, or the word "number", follows the token ending at `end`. */
function numberAfter(t: Token[], end: number): boolean {
  const k = t.findIndex((x) => x.start >= end);
  return k >= 0 && (t[k]!.kind === 'number' || ['number', 'no', '#'].includes(t[k]!.lower));
}

/** The words of a name listed before details: no everyday word, but a given name that is one before a surname ("bill van der linden"). */
const NOT_NAME_ASKS = ['license', 'insurance', 'account', 'card', 'card4', 'mrn', 'ssn', 'postal', 'address', 'ip', 'email'] as const;

function listedBeforeDetails(t: Token[], k: number): NameSpan | undefined {
  for (let last = k; last < k + 6 && isWord(t[last]) && t[last]!.line === t[k]!.line; last++) {
    if (t[last + 1]?.text === '-' && isWord(t[last + 2]) && t[last + 1]!.start === t[last]!.end && t[last + 2]!.start === t[last + 1]!.end) last += 2;
    if (detailAt(t, last + 1) === undefined) continue;
    const name = { first: k, last, parts: t.slice(k, last + 1).filter((x) => isWord(x)).length, value: t.slice(k, last + 1).map((x) => x.lower).join(' ').replace(/ - /g, '-') };
    return name.parts <= 4 && listedWords(t, name) ? name : undefined;
  }
  return undefined;
}

function listedWords(t: Token[], name: NameSpan): boolean {
  const words = t.slice(name.first, name.last + 1).filter((x) => x.kind === 'word' && !PARTICLES.has(x.lower));
  if (words.length === 0 || words.some((x) => SPEECH_WORDS.has(x.lower) || NUMBER_NOUNS.has(x.lower) || neverStartsAName.of(x))) return false;
  const lastWord = words[words.length - 1]!;
  // "youssef gill": a surname that is also a word, after a given name that is none.
  const surname = words.length >= 2 && SURNAMES.has(lastWord.lower) && given.of(words[0]!) && !everydayWord.of(words[0]!);
  if ((everydayWord.of(lastWord) && !surname) || MONTHS.has(lastWord.lower)) return false;
  // Each word a name of the lexicons, or one of none written as a name is ("Iñaki"), not as an acronym ("BSB", "OHIP").
  if (!words.every((x) => knownOrBare.of(x) || (isCapitalised(x) && !/^\p{Lu}{2,}$/u.test(x.text) && unknownNameWord.of(x)) || (words.length >= 2 && unknownNameWord.of(x)))) return false;
  // In lowercase, one word at least is a name of the lexicons ("j'habite au 8 rue ..." is French, not a name).
  if (!words.some((x) => isCapitalised(x) || (knownOrBare.of(x) && x.lower.length >= 3 && !x.lower.includes("'")))) return false;
  if (words.length === 1) return true;
  return words.slice(0, -1).every((x) => !everydayWord.of(x) || given.of(x));
}

/** A caller's own details named after "my" once a name has been given: "..., my postcode changed", "..., my new address is". */
const OWN_DETAILS = new Set(['postal', 'postcode', 'zip', 'eircode', 'new', 'address', 'date', 'dob', 'birthday', 'phone', 'mobile', 'cell', 'email', 'number', 'insurance', 'medicare', 'policy', 'social', 'surname', 'maiden', 'married']);

/** "the name's Chukwu, Obiageli": a surname, a comma, and the given name closing the clause are one name. */
function inverted(t: Token[], name: NameSpan | undefined): NameSpan | undefined {
  if (!name || name.parts > 3 || t[name.last + 1]?.text !== ',') return name;
  const after = readName(t, name.last + 2, 'title');
  if (!after || after.parts > 2 || !closesClause(t[after.last + 1]) || !isCapitalised(t[after.first]!)) return name;
  return { first: name.first, last: after.last, parts: name.parts + after.parts, value: `${name.value} ${after.value}` };
}

/** Words before "with" that make what follows an insurer: "my policy number with ...", "insured with ...", "it's with HCF" (a fund asked for). */
const INSURED = new Set(['policy', 'number', 'insured', 'insurance', 'cover', 'covered', 'plan', 'member', 'membership', 'fund', 'id', "it's", 'account', 'bank', 'banking']);

/** What a person's "'s" owns that makes the owner a person: "Aroha's date of birth", "Tevita's mobile". */
const PERSONAL_DETAILS = new Set(['date', 'dob', 'birthday', 'phone', 'mobile', 'cell', 'number', 'email', 'address', 'surname', 'last', 'first', 'full', 'middle', 'appointment', 'check', 'checkup', 'cleaning', 'insurance', 'medicare', 'policy', 'social', 'record', 'chart', 'file', 'teeth', 'tooth', 'mum', 'mom', 'dad', 'husband', 'wife', 'son', 'daughter',
  // "is this Ji-woo's mother?": a relation owned by a name.
  'mother', 'father', 'parent', 'parents', 'guardian', 'sister', 'brother', 'grandmother', 'grandfather', 'nan', 'nana', 'granny', 'grandma', 'grandpa']);

/** What is asked of a member of staff: "is Hope in today", "is Will working", "is Grainne on". */
const STAFF_PRESENCE = new Set(['in', 'on', 'working', 'there', 'around', 'available', 'free', 'off', 'back', 'about', 'still']);
/** Greetings and fillers a turn opens with, before the speaker says who they are. */
const OPENING = new Set([...ANSWER_LEAD, 'and', 'hiya', 'hey', 'howya', "g'day", 'gday', 'hallo', 'morning', 'like', 'hmm', 'ah', 'oh', 'ja', 'yah']);
const FILLER_WORDS = new Set(['uh', 'um', 'er', 'erm']);
const SELF_INTRODUCING = new Set(["it's", 'its', "i'm", 'im']);
/** What may follow a name the speaker gives: a pause, "I ...", "calling", "from ...", "surname first". */
const AFTER_OWN_NAME = new Set(['um', 'uh', 'er', 'erm', 'i', "i'm", 'im', "i've", 'and', 'calling', 'ringing', 'here', 'from', 'speaking', 'about', 'surname', 'with', 'again', 'just', 'my', 'on', 'for',
  // "it's ayesha siddiqui date of birth ...": the details that follow a name.
  'date', 'dob', 'born', 'birthday']);
/** A name word in lowercase speech: no everyday word, unless it is a given name too and a name word follows ("willow tsosie"). */
const lowercaseNameWord = (t: Token[], m: number) => {
  const w = t[m];
  if (!isWord(w) || w.text.length < 2 || NOT_NAME_WORDS.has(w.lower) || NOT_NAMES.has(w.lower) || RELATIONS.has(w.lower) || TITLES.has(w.lower) || MONTHS.has(w.lower) || NUMBER_OR_MONEY.has(w.lower) || DEMONYMS.has(w.lower)) return false;
  if (!known.of(w) && /(?:ly|ed|ing)$/.test(w.lower)) return false;
  return !COMMON_WORDS.has(w.lower) || known.of(w);
};

/**
 * "hiya its wiremu parata i need...", "this is like kalani akana from hilo", "so konstantinos is on aspirin": the
 * first words of a turn, after a greeting and "it's"/"this is", are the speaker's name when a pause, "I", "calling" or
 * "from" closes them; or a given name of the lexicons said first, doing something, is the one spoken of.
 */
function openingIntroduction(t: Token[]): { name: NameSpan; rule: string; also?: NameSpan } | undefined {
  let k = 0;
  while (k < t.length && k < 6 && OPENING.has(t[k]!.lower) && !SELF_INTRODUCING.has(t[k]!.lower) && !(t[k]!.lower === 'this' && t[k + 1]?.lower === 'is')) k++;
  if (given(t[k]?.lower ?? '') && !COMMON_WORDS.has(t[k]!.lower)) {
    const name = readName(t, k, 'known');
    if (name && DOING.has(t[name.last + 1]?.lower ?? '') && !isCapitalised(t[k]!) && startsClause(t, k)) return { name, rule: 'person.name' };
  }
  // "so um losaline is on warfarin", "and manaia takes ventolin": what someone takes says the word before is someone.
  if (lowercaseNameWord(t, k) && !isCapitalised(t[k]!) && startsClause(t, k)) {
    let last = k;
    if (t[k + 1]?.text === '-' && isWord(t[k + 2]) && t[k + 2]!.start === t[k + 1]!.end && t[k + 1]!.start === t[k]!.end) last = k + 2;
    const verb = t[last + 1]?.lower ?? '';
    // "so uh dariush has been having migraines": what someone has been having or taking says so too.
    const been = verb === 'has' && t[last + 2]?.lower === 'been' && ['on', 'having', 'taking', 'getting'].includes(t[last + 3]?.lower ?? '');
    if ((verb === 'is' && ['on', 'taking'].includes(t[last + 2]?.lower ?? '')) || verb === 'takes' || been) {
      return { name: { first: k, last, parts: 1, value: t.slice(k, last + 1).map((x) => x.lower).join('') }, rule: 'person.name' };
    }
  }
  if (SELF_INTRODUCING.has(t[k]?.lower ?? '')) k++;
  else if (t[k]?.lower === 'this' && t[k + 1]?.lower === 'is') k += 2;
  else return undefined;
  const own = ownNameAt(t, k);
  if (own) return { name: own, rule: 'person.introduction' };
  // "it's nhlanhla no it's thandi mokoena": the speaker puts right a name said first; both are names.
  const slip = lowercaseNameWord(t, k) ? k : -1;
  let m = slip + 1;
  while (slip >= 0 && m < t.length && m < slip + 4 && CORRECTIONS.has(t[m]!.lower)) m++;
  if (slip < 0 || m === slip + 1 || !SELF_INTRODUCING.has(t[m]?.lower ?? '')) return undefined;
  const corrected = ownNameAt(t, m + 1);
  return corrected && { name: corrected, rule: 'person.introduction', also: { first: slip, last: slip, parts: 1, value: t[slip]!.lower } };
}

/** Words that put right what was just said: "no", "sorry", "I mean". */
const CORRECTIONS = new Set(['no', 'sorry', 'i', 'mean', ',', 'wait', 'actually', 'oops']);
/** Word-names whose words are no more than a season or the weather: "it's summer again", "it's sunny again". */
const SEASONS = new Set(['summer', 'winter', 'autumn', 'spring', 'sunny', 'rain', 'storm', 'misty', 'dawn', 'holly', 'ivy']);

/** The speaker's own name from `k`, after "it's"/"this is" at a turn's start, closed by a pause, "I", "calling", "from", "again"... */
function ownNameAt(t: Token[], start: number): NameSpan | undefined {
  let k = start;
  // "it's me Jolene again", "it's me, Tamsin": "me" before the name says the speaker is the one named.
  while (k < t.length && ['uh', 'um', 'er', 'erm', 'like', 'hmm', ',', 'me'].includes(t[k]!.lower)) k++;
  let last = k - 1;
  let words = 0;
  for (let m = k; m < t.length && words < 3; m++) {
    if (t[m]!.text === '-' && t[m]!.start === t[m - 1]?.end && isWord(t[m + 1]) && t[m + 1]!.start === t[m]!.end) continue;
    // "it's will tupou": a given name that is also a function word, first, before a surname of no everyday word.
    const wordName = m === k && FIRST_NAMES.has(t[m]!.lower) && NOT_NAME_WORDS.has(t[m]!.lower) && !isCapitalised(t[m]!) && lowercaseNameWord(t, m + 1) && !COMMON_WORDS.has(t[m + 1]!.lower);
    if (!wordName && !lowercaseNameWord(t, m) && !(PARTICLES.has(t[m]!.lower) && words > 0 && lowercaseNameWord(t, m + 1))) break;
    if (!PARTICLES.has(t[m]!.lower) && !(t[m - 1]?.text === '-' && t[m - 1]!.start === t[m]!.start - 1)) words++;
    last = m;
  }
  if (last < k) return undefined;
  // "tomasz uh grabowski": a pause between a given name and a surname of the lexicons.
  if (FILLER_WORDS.has(t[last + 1]?.lower ?? '') && isWord(t[last + 2]) && SURNAMES.has(t[last + 2]!.lower) && !COMMON_WORDS.has(t[last + 2]!.lower)) {
    last += 2;
    words++;
  }
  const next = t[last + 1];
  if (next !== undefined && next.kind !== 'punct' && !AFTER_OWN_NAME.has(next.lower)) return undefined;
  const list = t.slice(k, last + 1).filter((x) => x.kind === 'word');
  // In written text ("I'm privately insured") a name has capitals; only speech-to-text writes names in lowercase.
  // ("I", "I've", "I'm": the speaker's pronoun is written with its capital in lowercase speech too.)
  const lowercaseText = !t.some((x) => x.kind === 'word' && !/^I(?:['’]\p{L}+)?$/u.test(x.text) && isCapitalised(x));
  if (!lowercaseText && list.some((x) => !isCapitalised(x) && !PARTICLES.has(x.lower))) return undefined;
  // One word alone must be a known given name ("its niamh"): "it's ozempic" is no introduction.
  // "it's me Jolene again": after "me", a capitalised word of no list of words is the name too.
  const afterMe = t.slice(start, k).some((x) => x.lower === 'me') && list.every((x) => isCapitalised(x) && unknownNameWord.of(x));
  if (words < 2 && !list.some((x) => given.of(x)) && !afterMe) return undefined;
  // "it's grace again", "it's hope calling": a given name that is also a word, alone, when the speaker says she is back or calling.
  const returning = words === 1 && AMBIGUOUS_NAME(list[0]!.lower) && !SEASONS.has(list[0]!.lower) && ['again', 'calling', 'ringing', 'speaking', 'here'].includes(next?.lower ?? '');
  if (!returning && list.some((x) => COMMON_WORDS.has(x.lower) || NOT_NAME_WORDS.has(x.lower)) && !list.some((x) => !COMMON_WORDS.has(x.lower) && !NOT_NAME_WORDS.has(x.lower) && !PARTICLES.has(x.lower))) return undefined;
  return { first: k, last, parts: words, value: list.filter((x) => !FILLER_WORDS.has(x.lower)).map((x) => x.lower).join(' ') };
}

/** Words that are never part of a name said before "here": "it's me here", "the pharmacy calling". */
function nameWordBefore(t: Token[], k: number): boolean {
  const w = t[k];
  // "Nguyen Van An here": after a capitalised particle, a capitalised word is a name's, whatever else it means.
  if (isWord(w) && isCapitalised(w) && t[k - 1] !== undefined && PARTICLES.has(t[k - 1]!.lower) && isCapitalised(t[k - 1]!) && k > 1 && isCapitalised(t[k - 2]!)) return true;
  if (!isWord(w) || w.text.length < 2 || NOT_NAME_WORDS.has(w.lower) || NOT_NAMES.has(w.lower) || RELATIONS.has(w.lower) || TITLES.has(w.lower) || NUMBER_OR_MONEY.has(w.lower)) return false;
  return PARTICLES.has(w.lower) || known.of(w) || known(bareWord(w.lower)) || !COMMON_WORDS.has(w.lower);
}

/** One to four name words, right after the turn's opening words, said before "here", "speaking" or "calling". */
function introducedAtStart(t: Token[]): NameSpan | undefined {
  let k = 0;
  while (k < t.length && k < 6 && ANSWER_LEAD.has(t[k]!.lower) && !nameWordBefore(t, k)) k++;
  let last = k - 1;
  for (let m = k; m < t.length && m < k + 9; m++) {
    if (t[m]!.text === '-' && t[m]!.start === t[m - 1]?.end && isWord(t[m + 1]) && t[m + 1]!.start === t[m]!.end) continue;
    if (!nameWordBefore(t, m)) break;
    last = m;
  }
  // "iñaki santos um i'm a new patient": a filler and "I'm" close the introduction too, when a word is a known name.
  let end = last + 1;
  const filler = ['um', 'uh', 'erm', 'er'].includes(t[end]?.lower ?? '');
  if (filler) end++;
  // "May from the care home calling": where the speaker calls from, said between the name and "calling".
  if (t[end]?.lower === 'from' && !filler && isCapitalised(t[k]!) && t.slice(k, last + 1).every((x) => x.kind !== 'word' || isCapitalised(x) || PARTICLES.has(x.lower))) {
    // "Chiara from the Italian school, calling for ...": a comma may come right before "calling".
    const calling = t.slice(end + 1, end + 7).findIndex((x, n, list) => ENDS_INTRODUCTION.has(x.lower) || (x.kind === 'punct' && !(x.text === ',' && ENDS_INTRODUCTION.has(list[n + 1]?.lower ?? ''))));
    if (calling >= 0 && ENDS_INTRODUCTION.has(t[end + 1 + calling]!.lower)) end += 1 + calling;
  }
  if (t[end]?.text === ',' && !filler && (I_AM.has(t[end + 1]?.lower ?? '') || t[end + 1]?.lower === 'i')) end++;
  const self = I_AM.has(t[end]?.lower ?? '') || t[end]?.lower === 'i';
  // "Lukasz, I'm calling from work": the speaker's "I'm calling" closes the name as "calling" does.
  // "jianhua huang i have ...": in lowercase speech, a surname of the lists (no everyday word) ending two name words, then "I".
  const surnameLast = last > k && !isCapitalised(t[k]!) && SURNAMES.has(t[last]!.lower) && !COMMON_WORDS.has(t[last]!.lower) && !NOT_NAME_WORDS.has(t[last]!.lower);
  const calling = self && ['calling', 'ringing', 'phoning'].includes(t[end + 1]?.lower ?? '');
  // "Ramón again. I forgot ...": a given name of the lists, no everyday word, before "again" closing its clause is the caller back.
  const back = t[end]?.lower === 'again' && closesClause(t[end + 1]) && t.slice(k, last + 1).some((x) => isWord(x) && given.of(x) && !everydayWord.of(x));
  const closes = ENDS_INTRODUCTION.has(t[end]?.lower ?? '') || back || (self && (filler || surnameLast || calling));
  if (last < k || !closes || PARTICLES.has(t[k]!.lower) && last === k) return undefined;
  // "i moved here", "i work here": after the pronoun the word before "here" is the speaker's verb.
  if (t[k - 1]?.lower === 'i') return undefined;
  const words = t.slice(k, last + 1).filter((x) => x.kind === 'word');
  if (words.filter((x) => !PARTICLES.has(x.lower)).length > 4 || words.every((x) => COMMON_WORDS.has(x.lower) && !known.of(x))) return undefined;
  // "Wojtek, I'm calling": one capitalised word of no list, no everyday one, before "I'm calling" is the speaker's name too.
  const unlisted = calling && words.length === 1 && isCapitalised(words[0]!) && unknownNameWord.of(words[0]!);
  if (!ENDS_INTRODUCTION.has(t[end]?.lower ?? '') && !back && !unlisted && !words.some((x) => known.of(x) && !COMMON_WORDS.has(x.lower))) return undefined;
  return { first: k, last, parts: words.length, value: words.map((x) => x.lower).join(' ') };
}

/** Whether a sentence ended between the turn's start and token `k`: an answer is the first sentence of its turn. */
function sentenceEndsBefore(t: Token[], k: number): boolean {
  for (let m = 0; m < k; m++) if (t[m]!.text === '.' || t[m]!.text === '?' || t[m]!.text === '!') return true;
  return false;
}

/** The words of the names found with a capital: an everyday word taken as a name ("Will", "Hope") repeats as one only with its capital. */
function capitalisedNameWords(a: Analysis, found: Candidate[]): Set<string> {
  const words = new Set<string>();
  // A spelling's letters ("w i m") are no words of the name: "I" after it is the speaker.
  for (const f of found) if (isCapitalised({ text: a.text.slice(f.start, f.end) } as Token)) for (const v of f.value.split(' ')) if (v.length > 1) words.add(v);
  return words;
}

function phraseAt(t: Token[], start: number, phrase: readonly string[]): boolean {
  for (let k = 0; k < phrase.length; k++) if (t[start + k]!.lower !== phrase[k]) return false;
  return true;
}

interface NameSpan {
  first: number;
  last: number;
  parts: number;
  value: string;
}

function skipFillers(t: Token[], i: number): number {
  let k = i;
  while (k < i + 3 && t[k] && [',', ':', 'uh', 'um', 'er', 'erm', '-', 'like', 'hmm'].includes(t[k]!.lower)) k++;
  return k;
}

/** A word without its accents ("geneviève" → "genevieve"): the lexicons may hold a name either way. */
export const plain = (w: string) => (/[^\x00-\x7f]/.test(w) ? w.normalize('NFD').replace(/\p{M}/gu, '') : w);
const bareWord = memoWord((w) => plain(w.endsWith("'s") ? w.slice(0, -2) : w).replace(/^(o'|d'|mc|mac)/, ''));
const given = flagWord((w) => FIRST_NAMES.has(w) || FIRST_NAMES.has(bareWord(w)));
/** One syllable of Korean as romanised (Revised Romanisation and the older spellings callers use: "hoon", "soo", "young"). */
const KOREAN_SYLLABLE = /^(?:kk|tt|pp|ss|jj|ch|[gkndtrlmbpsjhwy])?(?:yeo|yae|wae|ae|ya|eo|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|oo|ee|ou|[aeoui])(?:ng|[knltmph])?$/;
const syllable = (w: string) => w.length >= 2 && KOREAN_SYLLABLE.test(w) && !NOT_NAME_WORDS.has(w) && !COMMON_WORDS.has(w);
/**
 * "hye-jin", "ji-hoon", "jean-pierre": a hyphenated given name, which the tokens split in three. A name of the lexicons written
 * whole, two given names joined, or two syllables of romanised Korean (the given names of Korean callers, which faker's Latin
 * lists lack), neither of them an everyday word ("to-do", "so-so" are not).
 */
const givenCompound = flagWord((joined) => {
  const [a = '', b = ''] = joined.split('-');
  if (a.length < 2 || b.length < 2) return false;
  // A word said twice ("so-so", "yo-yo") is no name; nor two two-letter syllables ("ta-ra", "ha-ha"), which speech says as words.
  return FIRST_NAMES.has(joined) || (FIRST_NAMES.has(a + b) && a.length + b.length >= 5) || (syllable(a) && syllable(b) && a !== b && a.length + b.length >= 5) || (given(a) && given(b) && !COMMON_WORDS.has(a) && !COMMON_WORDS.has(b) && a.length >= 3);
});
/** The hyphenated word starting at `k` ("ji" "-" "hoon"), lowercase, or undefined. */
function compoundAt(t: Token[], k: number): string | undefined {
  const dash = t[k + 1];
  const next = t[k + 2];
  if (dash?.text !== '-' || !isWord(next) || dash.start !== t[k]!.end || next.start !== dash.end || !isWord(t[k])) return undefined;
  return `${t[k]!.lower}-${next.lower}`;
}
/** A given name at `k`, the word alone or the hyphenated one it starts. */
const givenAt = (t: Token[], k: number): boolean => (isWord(t[k]) && given.of(t[k]!)) || compoundGivenAt(t, k);
const compoundGivenAt = (t: Token[], k: number): boolean => {
  const compound = t[k + 1]?.text === '-' ? compoundAt(t, k) : undefined;
  return compound !== undefined && givenCompound(compound);
};
const relationWord = flagWord((w) => RELATIONS.has(w.replace(/'s$/, '')));
/** Everyday words that are also given names ("will", "may"): one lookup, where the name rules ask it of most words they read. */
const AMBIGUOUS_NAMES: ReadonlySet<string> = new Set([...COMMON_WORDS].filter((w) => FIRST_NAMES.has(w)));
const AMBIGUOUS_NAME = (w: string) => AMBIGUOUS_NAMES.has(w);
const known = flagWord((w) => FIRST_NAMES.has(w) || SURNAMES.has(w) || (w.endsWith("'s") && (FIRST_NAMES.has(w.slice(0, -2)) || SURNAMES.has(w.slice(0, -2)))));
/** A word no name starts with: one that is never a name (with or without "'s"), or a place's first word. */
const neverStartsAName = flagWord((w) => NOT_NAMES.has(w) || (w.endsWith("'s") && NOT_NAMES.has(w.slice(0, -2))) || PLACE_STARTS.has(w));
const knownOrBare = flagWord((w) => known(w) || known(bareWord(w)));
/** "winter's hard", "summer's busy": an everyday word with "'s" glued on is still that word. */
const everydayWord = flagWord((w) => COMMON_WORDS.has(w) || NOT_NAME_WORDS.has(w) || (w.endsWith("'s") && COMMON_WORDS.has(w.slice(0, -2))));
/** A word the rules of `people`'s first loop can start at: "is", a possessive, an introduction's last word, a relation, a title, a verb of reaching, a given name. */
const startsAPersonRule = flagWord((w) => w === 'is' || w === 'can' || w === 'could' || HOUSEHOLDS.has(w) || w.endsWith("'s") || INTRODUCTIONS.has(w) || RELATIONS.has(w) || TITLES.has(w) || CONTACT_VERBS.has(w) || given(w));

/** Titles said before a surname alone; "doctor" after "the"/"my" is a noun ("the doctor told me"), not a title. */
const SPOKEN_TITLES = new Set(['dr', 'doctor', 'mr', 'mrs', 'ms', 'miss', 'mx']);
const DETERMINERS = new Set(['the', 'a', 'an', 'my', 'your', 'his', 'her', 'our', 'their', 'that', 'this', 'any', 'another', 'every', 'which', 'what']);
function titleBefore(t: Token[], k: number): boolean {
  const p = t[k - 1]?.text === '.' ? k - 2 : k - 1;
  const w = t[p]?.lower ?? '';
  return SPOKEN_TITLES.has(w) && !((w === 'dr' || w === 'doctor') && DETERMINERS.has(t[p - 1]?.lower ?? ''));
}
/**
 * Everyday words faker's English lists (about 3,400 words) lack, said where a name could stand: after a title ("doctor visit",
 * "dr told me"), a relation ("my son sometimes"), or a name ("william nobody calls me").
 */
const SPEECH_WORDS = new Set(`visit office note letter referral report surgery practice prescription reception receptionist appointment clinic shop work job
school told sent gave put took saw said made got left came went thought felt wrote kept found meant rang friend who nothing something nobody somebody
someone anyone everyone everybody anybody thing stuff kit bag stop list line number phone order form exam check checkup sometimes always never often
usually already soon probably definitely maybe again pronounced spelled spelt written said says goes went calls called whatever whoever
hard difficult easy long short unusual weird complicated tricky funny strange common different same right wrong correct anytime
listen look basically honestly even ever kinda sorta field box section bit part born dob
fell broke lost hurt woke bit swelled`.split(/\s+/));
/** A word of three letters or more in no list of everyday words, no verb's or adverb's form: "okoro", "ahmadi's", "seánie". */
const unknownNameWord = flagWord((w0) => {
  const w = w0.endsWith("'s") ? w0.slice(0, -2) : w0;
  if (!/^\p{L}[\p{L}'’]{2,}$/u.test(w) || w.endsWith("n't") || NOT_NAME_WORDS.has(w) || NOT_NAMES.has(w) || COMMON_WORDS.has(w) || SPEECH_WORDS.has(w) || RELATIONS.has(w) || TITLES.has(w) || MONTHS.has(w) || NUMBER_OR_MONEY.has(w)) return false;
  // A name of the lexicons is one whatever its ending; an unknown word ending like a verb, an adverb or a plural is no name ("recommends").
  return known(w) || !/(?:ing|ed|ly|ness|ment|tion|s)$/.test(w);
});

const BRAND_SHAPE = /^\p{Lu}\p{Ll}+\p{Lu}/u;
const NAME_PREFIX = /^(?:Mc|Mac|O'|D'|De|Di|Da|Du|La|Le|Van|Von|Fitz|St)\p{Lu}/u;
/** "MassHealth", "CareFirst": a capital inside a word, not after a name's prefix ("McDonald", "DeShawn"), makes a brand. */
const brandShaped = (w: Token) => BRAND_SHAPE.test(w.text) && !NAME_PREFIX.test(w.text);

/** A word of letters in no list of words: "yuting" after the surname "zhou". */
const looseNameWord = flagWord((w) => /^\p{L}{2,}$/u.test(w) && !NOT_NAME_WORDS.has(w) && !NOT_NAMES.has(w) && !COMMON_WORDS.has(w) && !SPEECH_WORDS.has(w) && !NUMBER_OR_MONEY.has(w));

/** "my name is zhou yuting": after a naming cue, a surname of the lists first and a word of no list right after it. */
const surnameThenGiven = (t: Token[], i: number, k: number, mode: Mode) => mode === 'naming' && k === i + 1 && SURNAMES.has(t[i]!.lower) && !isCapitalised(t[i]!) && looseNameWord.of(t[k]!);

/** Whether the word at `k` can start a name under `mode`. */
function startsName(t: Token[], k: number, mode: Mode): boolean {
  const w = t[k];
  // "I'm ten Brink.": a particle that is also a number starts a name only when the surname closes the clause after it.
  if (mode !== 'pair' && particleBeforeCapital(t, k) && (w!.lower !== 'ten' || closesClause(t[k + 2]))) return true;
  if (!isWord(w) || neverStartsAName.of(w) || (w.text.length < 2 && !/^\p{Lu}$/u.test(w.text))) return false;
  // "my son's social": a relation after a possessive is the relation, whatever lexicon also has it as a name.
  if (relationWord.of(w) && POSSESSIVES.has(t[k - 1]?.lower ?? '')) return false;
  // "calling for Nan, well, Beryl", "thanks Mum": kin said as a name is the relation, unless a surname follows ("Nana Akufo").
  if (KIN_ADDRESS.has(w.lower) && mode !== 'answer' && mode !== 'naming' && !(isWord(t[k + 1]) && isCapitalised(t[k + 1]!))) return false;
  // "CareCredit", "MyChart", "WhatsApp": a brand.
  if (brandShaped(w)) return false;
  const compound = compoundGivenAt(t, k);
  if (mode === 'pair' && !given.of(w) && !compound && !(isCapitalised(w) && t[k + 1] && isCapitalised(t[k + 1]!))) return false;
  // "May 5th", "Grace Hospital": a month before a day, a word before an organisation's.
  const next = t[k + 1];
  if (MONTHS.has(w.lower) && next && (next.kind === 'number' || ORDINAL.test(next.lower))) return false;
  // "it's May I think, or June": a month beside another month is a month.
  const surnameNext = () => nextIsSurname(t, k) || (next !== undefined && isCapitalised(next) && next.kind === 'word' && next.text.length > 1 && !COMMON_WORDS.has(next.lower) && !NOT_NAMES.has(next.lower) && !MONTHS.has(next.lower));
  // "book me for June", "in April": a month said alone is a month; with a surname after it, a name ("June Halvorsen").
  // "Jan-Willem", "May-Britt": a month's word joined by a hyphen to another is a given name's first half.
  if (MONTHS.has(w.lower) && mode !== 'answer' && mode !== 'title' && !(isWord(t[k - 1]) && relationWord.of(t[k - 1]!)) && !surnameNext() && compoundAt(t, k) === undefined) return false;
  if (MONTHS.has(w.lower) && !surnameNext() && t.slice(Math.max(0, k - 6), k + 7).some((x, n) => n !== Math.min(k, 6) && MONTHS.has(x.lower) && x.lower.length > 3)) return false;
  if (next && organisationWord.of(next)) return false;
  // "Douglas Village", "Social Security": a capitalised word before a place's or an institution's last word.
  if (next && isCapitalised(w) && isCapitalised(next) && PLACE_ENDS.has(next.lower) && (!SURNAMES.has(next.lower) || next.lower === 'day')) return false;
  // "the CVS", "NHS": an acronym is an organisation's, never a name (spelled names are read apart).
  // (Five capitals are at most ten UTF-16 units: a longer word is tested no further.)
  if (w.text.length <= 10 && /^\p{Lu}{2,5}$/u.test(w.text)) return false;
  const capital = isCapitalised(w);
  const lexicon = knownOrBare.of(w) || compound;
  const everyday = everydayWord.of(w) && !compound;
  // "this is Big Mike": a nickname's epithet before a capitalised given name starts the name.
  if (capital && EPITHETS.has(w.lower) && next !== undefined && isCapitalised(next) && given.of(next) && (mode === 'any' || mode === 'known' || mode === 'naming')) return true;
  switch (mode) {
    case 'naming':
      // "put me down as provisional": after "down as" only a given name; after the cues with "name" a word of no list too.
      if (!capital && !neverStartsAName.of(w) && !SPEECH_WORDS.has(w.lower) && (AMBIGUOUS_NAME(w.lower) || FIRST_NAMES.has(w.lower) || (unknownNameWord.of(w) && t[k - 1]?.lower !== 'as' && !['to', 'for', 'enough'].includes(next?.lower ?? '')) || (PARTICLES.has(w.lower) && isWord(next) && (known.of(next) || unknownNameWord.of(next))))) return true;
      // What follows any cue follows these too.
      return startsName(t, k, 'any');
    case 'any':
      // "this is hope smith": after a cue, a word-name before any surname of the lists, common ones too.
      if (AMBIGUOUS_NAME(w.lower) && !NOT_NAME_WORDS.has(w.lower) && isWord(next) && SURNAMES.has(next.lower) && !NOT_NAME_WORDS.has(next.lower) && !MONTHS.has(w.lower)) return true;
      return (lexicon && (!everyday || capital)) || (capital && (!everyday || AMBIGUOUS_NAME(w.lower))) || (everyday && !NOT_NAME_WORDS.has(w.lower) && w.lower !== 'of' && nextIsSurname(t, k));
    case 'known':
      // "it's Priya", "It's Will", "it's mark chen", "it's Ngaire Te Awa", "it's jianguo calling": a known name, a capitalised name word,
      // an everyday word with a surname after it, or an unknown word that the speech closes as a name.
      if (lexicon && (!everyday || (capital && (AMBIGUOUS_NAME(w.lower) || !NOT_NAME_WORDS.has(w.lower))))) return true;
      // "It's van der Heijden.": particles ("van" is an everyday word too) before a capitalised surname.
      if (PARTICLES.has(w.lower) && isWord(next) && PARTICLES.has(next.lower) && isWord(t[k + 2]) && isCapitalised(t[k + 2]!) && !COMMON_WORDS.has(t[k + 2]!.lower)) return true;
      if (everyday) return AMBIGUOUS_NAME(w.lower) && (nextIsSurname(t, k) || ENDS_INTRODUCTION.has(next?.lower ?? ''));
      // A capitalised word closing the clause is a name after "thanks"/"for"/"hi", not after "it's" ("it's Bray", "I'm Dutch").
      // "It's Blackwood.": a sentence of its own, "it's" and one capitalised word that is no everyday one.
      if (capital && !everyday && ["it's", 'its'].includes(t[k - 1]?.lower ?? '') && (k < 2 || ['.', '?', '!'].includes(t[k - 2]!.text)) && (next === undefined || ['.', '!'].includes(next.text))) return true;
      // "it's van der Heijden": particles before a capitalised surname; "I'm ten Brink": one that is also a word.
      if (PARTICLES.has(w.lower) && next !== undefined && (PARTICLES.has(next.lower) || (isCapitalised(next) && !COMMON_WORDS.has(next.lower)))) return true;
      if (particleBeforeCapital(t, k)) return true;
      // After "I'm" (not "it's": "it's Bray" is a town) a capitalised word before "and" or the clause's end is the speaker's name.
      if (capital && I_AM.has(t[k - 1]?.lower ?? '') && (closesClause(next) || next?.lower === 'and')) return true;
      return /^\p{L}[\p{L}'’]+$/u.test(w.text) && (ENDS_INTRODUCTION.has(next?.lower ?? '') || (capital && next !== undefined && next.text !== 'I' && (isCapitalised(next) || PARTICLES.has(next.lower)) && next.kind === 'word') || (capital && closesClause(next) && !SELF_CUES.has(t[k - 1]?.lower ?? '') && t[k - 1]?.lower !== 'with'));
    case 'title':
      // "dr okoro", "mrs wiśniewska": in lowercase speech a word after a title that is no everyday word is the name ("the doctor said" is no title).
      if (!capital && unknownNameWord.of(w) && titleBefore(t, k)) return true;
      return (lexicon || capital || PARTICLES.has(w.lower)) && (!everyday || capital || (PARTICLES.has(w.lower) && next !== undefined && (PARTICLES.has(next.lower) || isCapitalised(next))));
    case 'answer':
      // "Ó Súilleabháin, with the fadas", "van der Berg": a particle before a capitalised word or one of no list.
      if (PARTICLES.has(w.lower) && isWord(next) && (isCapitalised(next) || unknownNameWord.of(next))) return true;
      return /^\p{L}[\p{L}'’]+$/u.test(w.text) && !NOT_NAMES.has(w.lower) && !SPEECH_WORDS.has(w.lower) && ((lexicon && !NOT_NAME_WORDS.has(w.lower)) || (capital && (!NOT_NAME_WORDS.has(w.lower) || AMBIGUOUS_NAME(w.lower))) || !everyday);
    case 'pair':
      // A given name of the lexicons; or two capitalised words, the second a surname or not an everyday word ("Harpreet Sandhu", "Grace Obi").
      // ("my job downtown": a word of speech that a lexicon also has as a name starts no pair.)
      if ((given.of(w) && !everyday && !SPEECH_WORDS.has(w.lower) && w.lower.length >= 3) || compound) return true;
      // "jasmine reyes-whitfield", "rose kaplan": a given name that is also a word, before a surname that is none.
      if (AMBIGUOUS_NAME(w.lower) && !NOT_NAME_WORDS.has(w.lower) && !MONTHS.has(w.lower) && nextIsSurname(t, k)) return true;
      // Two capitalised words of which neither is in the lexicons are a brand or a title ("Honda Civic", "Apple Pay"), not a name.
      return capital && next !== undefined && next.kind === 'word' && isCapitalised(next) && !/^[A-Z]{1,3}$/.test(next.text) && !/^[A-Z]{2,}$/.test(w.text) && !NOT_NAMES.has(next.lower) && !PLACE_ENDS.has(next.lower) && (SURNAMES.has(bareWord(next.lower)) || (!COMMON_WORDS.has(next.lower) && (lexicon || known(bareWord(next.lower))))) && !NOT_NAME_WORDS.has(next.lower) && (!everyday || AMBIGUOUS_NAME(w.lower));
  }
}

/** Words after which a clause starts: "so Tunde is...", "yeah Eileen called". */
const CLAUSE_OPENERS = new Set(['and', 'but', 'so', 'because', 'cause', 'cos', 'that', 'when', 'if', 'then', 'um', 'uh', 'er', 'erm', 'yeah', 'yes', 'no', 'well', 'like', 'oh', 'also', 'now', 'okay', 'ok', 'though', 'think', 'guess', 'said', 'says']);

/** Whether token `k` starts a clause: the turn's start, after punctuation, or after a word that opens one. */
function startsClause(t: Token[], k: number): boolean {
  const prev = t[k - 1];
  return prev === undefined || prev.kind === 'punct' || CLAUSE_OPENERS.has(prev.lower);
}

function nextIsSurname(t: Token[], k: number): boolean {
  const next = t[k + 1];
  return next !== undefined && next.kind === 'word' && SURNAMES.has(bareWord(next.lower)) && !COMMON_WORDS.has(next.lower) && !NOT_NAME_WORDS.has(next.lower);
}

/** The clause ends after a name: "thanks, Eimear", "for Róisín.", "for Meiling, she's at...". */
function closesClause(next: Token | undefined): boolean {
  return next === undefined || ['.', ',', '?', '!', ';'].includes(next.text) || ["she's", "he's", 'she', 'he', 'please', 'thanks'].includes(next.lower);
}

/** A name from `i`: given name, particles, surnames, a suffix; `undefined` when `i` cannot start one. */
function readName(t: Token[], i: number, mode: Mode): NameSpan | undefined {
  if (!startsName(t, i, mode)) return undefined;
  const first = t[i]!;
  // "Dr. ter Horst", "van der Berg", "op den Kamp": a name led by lowercase particles is as capitalised as the word after them.
  let afterParticles = i;
  while (PARTICLES.has(t[afterParticles]?.lower ?? '') && isWord(t[afterParticles + 1]) && afterParticles < i + 3) afterParticles++;
  const capital = isCapitalised(first) || (PARTICLES.has(first.lower) && afterParticles > i && isCapitalised(t[afterParticles]!));
  const strongFirst = (given.of(first) && !COMMON_WORDS.has(first.lower) && !NOT_NAME_WORDS.has(first.lower)) || compoundGivenAt(t, i);
  let last = i;
  let parts = 1;
  for (let k = i + 1; k < t.length && parts < 4; k++) {
    const part = t[k]!;
    if (part.text === '-' && t[k + 1] && t[k + 1]!.start === part.end && part.start === t[k - 1]!.end && isWord(t[k + 1])) {
      // "Fitzgerald-Doyle", "Sung-min", "Seo-yeon": a hyphen joins the next part whatever its case.
      last = k + 1;
      k++;
      continue;
    }
    // "thijs um de jong": a filler before a particle does not end the name.
    // "tomasz uh grabowski": in lowercase speech, a filler before a surname of the lexicons does not end the name either.
    if (FILLER_WORDS.has(part.lower) && (PARTICLES.has(t[k + 1]?.lower ?? '') || (!capital && SURNAMES.has(t[k + 1]?.lower ?? '') && !COMMON_WORDS.has(t[k + 1]!.lower)))) continue;
    // "Wiktoria um Mazur": written with capitals, a filler before a capitalised surname of the lexicons does not end the name either.
    if (FILLER_WORDS.has(part.lower) && capital && parts === 1 && isWord(t[k + 1]) && isCapitalised(t[k + 1]!) && SURNAMES.has(t[k + 1]!.lower) && !COMMON_WORDS.has(t[k + 1]!.lower)) continue;
    // "William J. Ferraro": a middle initial's full stop, between capitals, does not end the name.
    if (part.text === '.' && capital && k - 1 > i && /^\p{Lu}$/u.test(t[k - 1]!.text) && isWord(t[k + 1]) && isCapitalised(t[k + 1]!) && t[k + 1]!.start === part.end + 1) continue;
    // "Co. Clare V95 K3T2": a letter glued to digits is a code's, not a name's.
    if (!isWord(part) || part.line !== first.line || gluedToAddress(t, k) || (t[k + 1]?.kind === 'number' && t[k + 1]!.start === part.end)) break;
    const lower = part.lower;
    // "Robert Williams the third", but "Fatima Al-Rashidi the second of January 1983" goes on to a date.
    if (lower === 'the' && ['second', 'third', 'fourth'].includes(t[k + 1]?.lower ?? '') && parts >= 2 && t[k + 2]?.lower !== 'of') {
      last = k + 1;
      break;
    }
    if (SUFFIXES.has(lower) && (capital === isCapitalised(part) || lower === 'junior')) {
      last = t[k + 1]?.text === '.' && lower.length <= 3 ? k + 1 : k;
      break;
    }
    if (PARTICLES.has(lower) && isWord(t[k + 1]) && (SURNAMES.has(t[k + 1]!.lower) || isCapitalised(t[k + 1]!) || PARTICLES.has(t[k + 1]!.lower) || (!COMMON_WORDS.has(t[k + 1]!.lower) && !NOT_NAME_WORDS.has(t[k + 1]!.lower)))) continue;
    // "-ing" words end a name ("Sam calling"), unless capitalised like one ("Dawn Pickering").
    // "Niamh Ward": a capitalised relation's word that is a surname too, after a capitalised name, goes on with it.
    const relation = RELATIONS.has(lower) && !(capital && isCapitalised(part) && SURNAMES.has(lower));
    if (NOT_NAME_WORDS.has(lower) || NOT_NAMES.has(lower) || relation || (lower.endsWith('ing') && !known(lower) && (!isCapitalised(part) || !capital || COMMON_WORDS.has(lower)) && !surnameThenGiven(t, i, k, mode))) break;
    const surname = SURNAMES.has(lower) || FIRST_NAMES.has(lower) || SURNAMES.has(bareWord(lower)) || FIRST_NAMES.has(bareWord(lower));
    const everyday = COMMON_WORDS.has(lower);
    // In capitalised text a lowercase word ends the name; in lowercase text a surname of the lexicons continues it, and after a
    // known given name so does any word that is not an everyday one ("camille lefèvre", "dimitri papadakis").
    // "ji-hoon park chart number ...": a word for a personal detail after the name is the detail's ("chart", "file", "number").
    const unknownSurname = !capital && strongFirst && !everyday && !NOT_NAMES.has(lower) && /^\p{L}[\p{L}'’]{2,}$/u.test(part.text) && !/ing$|ed$|ly$/.test(lower) && !PERSONAL_DETAILS.has(lower) && !SPEECH_WORDS.has(lower) && t[k + 1]?.lower !== 'number';
    // "my name is hu jianguo": after a naming cue, a surname said first goes on with a given name of no list.
    // ("yuting": a given name of no list may end like a verb's form once a surname has started the name.)
    const named = mode === 'naming' && !capital && (unknownNameWord.of(part) || surnameThenGiven(t, i, k, mode)) && !PERSONAL_DETAILS.has(lower) && t[k + 1]?.lower !== 'number';
    // "this is hope smith": a word-name taken for its surname goes on with it, common or not.
    const wordNameFirst = k === i + 1 && AMBIGUOUS_NAME(first.lower) && mode !== 'title';
    const continues = capital ? isCapitalised(part) && (surname || !everyday || particleBeforeCapital(t, k - 1)) : (surname && (!everyday || (strongFirst && mode !== 'pair') || mode === 'answer' || wordNameFirst || nextIsSurname(t, k - 1))) || unknownSurname || named;
    if (!continues || organisationAfter(t, k + 1)) break;
    last = k;
    parts++;
  }
  // "Maple Grove Family Dental", "the tram stop": words before an organisation's or a place's last word are no name.
  const after = t[last + 1];
  if (after && organisationAfter(t, last + 1) && isCapitalised(after) === capital) return undefined;
  if (last > i && PLACE_ENDS.has(t[last]!.lower) && !SURNAMES.has(t[last]!.lower)) return undefined;
  if (last > i && mode === 'pair' && HOSPITAL_ENDS.has(t[last]!.lower)) return undefined;
  return { first: i, last, parts, value: t.slice(i, last + 1).filter((x) => x.kind === 'word' && !FILLER_WORDS.has(x.lower)).map((x) => x.lower).join(' ') };
}

/** "Grace Hospital's new wing": an organisation's word, or it owning something. */
const organisationWord = flagWord((w) => ORGANISATIONS.has(w) || (w.endsWith("'s") && ORGANISATIONS.has(w.slice(0, -2))));
/** What a word like "medical" names when it is no organisation's: "bondarenko medical record number". */
const DETAIL_AFTER = new Set(['record', 'records', 'number', 'card', 'history', 'id', 'aid', 'certificate', 'plan', 'appointment', 'notes']);
/** Whether the word at `k` ends an organisation's name ("Delta Dental", "Grace Hospital"), not a detail's first word. */
function organisationAfter(t: Token[], k: number): boolean {
  const w = t[k];
  return w !== undefined && organisationWord.of(w) && !DETAIL_AFTER.has(t[k + 1]?.lower ?? '');
}

/** "jane.doe@...": a word glued to a dot or an at sign belongs to an email or a domain, not a name. */
function gluedToAddress(t: Token[], k: number): boolean {
  const next = t[k + 1];
  // "Johnson Jr., there's": a dot before punctuation ends an abbreviation, not a domain's part.
  return next !== undefined && next.start === t[k]!.end && (next.text === '.' || next.text === '@') && t[k + 2] !== undefined && t[k + 2]!.start === next.end && t[k + 2]!.kind !== 'punct';
}

/** Single letters said one by one, joined by spaces, dashes or dots: "T-R-A-N", "k o w a l s k i". */
function spelledAt(t: Token[], k: number, minLetters: number): NameSpan | undefined {
  let letters = '';
  let last = -1;
  let m = k;
  while (m < t.length) {
    const w = t[m]!;
    if (w.kind === 'word' && w.text.length === 1) {
      letters += w.lower;
      last = m;
      m++;
      // "D-O-N-N-C-H-A-D-H, Ó Ceallaigh": after a comma, a letter before a word is a particle starting the surname, not the spelling's.
      const particleNext = t[m]?.text === ',' && isWord(t[m + 2]) && t[m + 2]!.text.length > 1 && PARTICLES.has(t[m + 1]?.lower ?? '');
      // "C-R-U-Z, I need a quote": after a comma, "I" before a word is the speaker, not a letter.
      const pronounNext = t[m]?.text === ',' && t[m + 1]?.text === 'I' && isWord(t[m + 2]) && t[m + 2]!.text.length > 1;
      if (t[m] && (t[m]!.text === '-' || t[m]!.text === '.' || t[m]!.text === ',') && t[m + 1]?.kind === 'word' && t[m + 1]!.text.length === 1 && !particleNext && !pronounNext) m++;
      continue;
    }
    // "N-I fada M-H-U-R-C-H-U fada", "O-K-A-F-O-R hyphen Hughes": marks said inside a spelling belong to it.
    if (letters.length > 0 && w.kind === 'word' && SPELLING_MARKS.has(w.lower)) {
      const after = t[m + 1];
      if (isWord(after) && after.text.length === 1) {
        m++;
        continue;
      }
      if (w.lower === 'hyphen' && isWord(after) && isCapitalised(after) && !NOT_NAMES.has(after.lower)) last = m + 1;
      else if (w.lower === 'fada' || w.lower === 'accent' || w.lower === 'acute') last = m;
    }
    const goesOn = letters.length > 0 ? spellingGoesOn(t, m) : undefined;
    if (goesOn) {
      letters += goesOn.extra;
      m = goesOn.next;
      continue;
    }
    break;
  }
  return letters.length >= Math.max(minLetters, 2) && last >= 0 && !SPELLED_ACRONYMS.has(letters) ? { first: k, last, parts: 1, value: letters } : undefined;
}

/**
 * "lim l i m", "taini yazzie y-a-z-z-i-e": a word spelled right after it is a name, whatever the lists say, and three letters
 * are enough then; so is the word before it when it is a name word too, and a name said after the spelling ("Ayo, A Y O, Adebayo").
 */
function spelledBeside(t: Token[], found: Candidate[]): void {
  const push = (first: number, last: number, rule: string) => {
    if (!found.some((f) => f.start <= t[first]!.start && t[last]!.end <= f.end)) found.push({ type: 'PERSON', start: t[first]!.start, end: t[last]!.end, rule, confidence: 0.89, value: t.slice(first, last + 1).filter((x) => x.kind === 'word').map((x) => x.lower).join(' ') });
  };
  for (let i = 1; i < t.length; i++) {
    if (t[i]!.kind !== 'word' || t[i]!.text.length !== 1 || (t[i - 1]!.kind === 'word' && t[i - 1]!.text.length === 1)) continue;
    const spelled = spelledAt(t, i, 2);
    if (!spelled) continue;
    // "Dr. Bui at OhioHealth, B U I", "family name Xu, X U": the spelling of a name found in the turn, two letters or more.
    const spells = plain(spelled.value);
    if (found.some((f) => f.end <= t[i]!.start && f.value.split(' ').some((v) => plain(v) === spells))) push(spelled.first, spelled.last, 'person.spelled');
    if (spelled.value.length < 3) continue;
    let w = i - 1;
    if (t[w]?.text === ',' || ["that's", 'thats'].includes(t[w]?.lower ?? '')) w--;
    if (t[w]?.text === ',') w--;
    const word = isWord(t[w]) && t[w]!.text.length >= 3 ? t[w] : undefined;
    // "y-a-z-z-i-e i need ...": the spelling ends where the word it spells does.
    if (isWord(word) && spelled.value.length > plain(word.lower).length && plain(spelled.value).startsWith(plain(word.lower))) {
      let letters = 0;
      for (let m = spelled.first; m <= spelled.last; m++) {
        if (t[m]!.kind === 'word' && t[m]!.text.length === 1) letters++;
        if (letters === plain(word.lower).length) {
          spelled.last = m;
          spelled.value = plain(word.lower);
          break;
        }
      }
    }
    // "HCF, H C F nine nine ...": an acronym spelled again, before the digits of an id, is no name.
    const acronym = isWord(word) && /^\p{Lu}{2,}$/u.test(word.text);
    if (isWord(word) && !acronym && plain(word.lower) === plain(spelled.value) && !SPELLED_ACRONYMS.has(spelled.value)) {
      let first = w;
      while (first > 0 && first > w - 3 && isWord(t[first - 1]) && (lowercaseNameWord(t, first - 1) || known.of(t[first - 1]!)) && !NOT_NAME_WORDS.has(t[first - 1]!.lower)) first--;
      push(first, w, 'person.name');
      push(spelled.first, spelled.last, 'person.spelled');
    }
    // "A Y O, Adebayo": the surname after the spelled given name.
    let a = spelled.last + 1;
    if (t[a]?.text === ',') a++;
    if (found.some((f) => f.start <= t[spelled.first]!.start && t[spelled.last]!.end <= f.end) || (isWord(word) && plain(word.lower) === plain(spelled.value))) {
      // "S-I-O-B-H-A-N, Ní Bhriain", "..., ten Brink.": particles before a capitalised surname.
      let p = a;
      while (p < a + 3 && isWord(t[p]) && PARTICLES.has(t[p]!.lower) && isWord(t[p + 1])) p++;
      if (a > spelled.last + 1 && isWord(t[a]) && isCapitalised(t[a]!) && known.of(t[a]!) && closesClause(t[a + 1])) push(a, a, 'person.name');
      // "xiaoming x i a o m i n g liu": in lowercase speech, a surname of the lexicons (no everyday word) right after the spelling.
      else if (isWord(t[a]) && !isCapitalised(t[a]!) && SURNAMES.has(t[a]!.lower) && !everydayWord.of(t[a]!) && !NOT_NAMES.has(t[a]!.lower) && (closesClause(t[a + 1]) || AFTER_OWN_NAME.has(t[a + 1]!.lower))) push(a, a, 'person.name');
      else if (a > spelled.last + 1 && p > a && isCapitalised(t[p]!) && !NOT_NAMES.has(t[p]!.lower) && closesClause(t[p + 1])) push(a, p, 'person.name');
      // "C-A-double-L-U-M, MacPherson-Tuiasosopo,": a capitalised word of no list, hyphenated parts with it, closing its clause.
      else if (a > spelled.last + 1 && isWord(t[a]) && isCapitalised(t[a]!) && !NOT_NAMES.has(t[a]!.lower)) {
        let b = a;
        while (t[b + 1]?.text === '-' && isWord(t[b + 2]) && t[b + 2]!.start === t[b + 1]!.end && t[b + 1]!.start === t[b]!.end) b += 2;
        const nameLike = (k: number) => unknownNameWord.of(t[k]!) || NAME_PREFIX.test(t[k]!.text);
        if (closesClause(t[b + 1]) && (nameLike(a) || (b > a && nameLike(b)))) push(a, b, 'person.name');
      }
    }
  }
}

const SPELLING_MARKS = new Set(['fada', 'hyphen', 'dash', 'apostrophe', 'accent', 'acute', 'space', 'then']);

/** A spelling right after a name: "Tran, T-R-A-N", "kowalski that's k o w a l s k i". */
function spelledAfter(t: Token[], k: number): NameSpan | undefined {
  let m = k;
  while (m < t.length && m < k + 4 && [',', '.', 'that', "that's", 'is', 'spelled', 'spelt', 'like', 'as', '-', ':'].includes(t[m]!.lower)) m++;
  return spelledAt(t, m, 3);
}

/** What says the given name comes next, after a surname said first and a comma: "Okafor, first name ...", "..., and given name ...". */
const GIVEN_NAME_NEXT = [['first', 'name'], ['given', 'name'], ['and', 'first', 'name'], ['and', 'given', 'name'], ['and', 'the', 'first', 'name'], ['christian', 'name']];

/**
 * "Okafor, first name Kalliopi", "de la cruz, first name ...": the words opening a turn before a comma and the ask for the given
 * name are the surname, said first. Particles in any case; each other word capitalised, a surname of the lists, or no word of ours.
 */
function surnameBeforeGiven(t: Token[]): NameSpan | undefined {
  // The ask for the given name comes within the turn's first twelve tokens.
  let asked = false;
  for (let m = 0; m < 12 && m < t.length && !asked; m++) asked = t[m]!.lower === 'name';
  if (!asked) return undefined;
  let k = 0;
  while (k < t.length && k < 4 && ANSWER_LEAD.has(t[k]!.lower)) k++;
  let last = k - 1;
  let words = 0;
  for (let m = k; m < t.length && m < k + 6 && t[m]!.text !== ','; m++) {
    const w = t[m]!;
    if (w.text === '-' && w.start === t[m - 1]?.end && isWord(t[m + 1]) && t[m + 1]!.start === w.end) continue;
    if (!isWord(w)) return undefined;
    if (PARTICLES.has(w.lower) && isWord(t[m + 1])) {
      last = m;
      continue;
    }
    if (NOT_NAMES.has(w.lower) || NOT_NAME_WORDS.has(w.lower) || PLACE_STARTS.has(w.lower) || NUMBER_OR_MONEY.has(w.lower) || w.text.length < 2) return undefined;
    const surname = isCapitalised(w) || (SURNAMES.has(w.lower) && !COMMON_WORDS.has(w.lower)) || unknownNameWord.of(w);
    if (!surname) return undefined;
    words++;
    last = m;
  }
  if (words === 0 || words > 3 || t[last + 1]?.text !== ',') return undefined;
  if (!GIVEN_NAME_NEXT.some((p) => last + 2 + p.length <= t.length && phraseAt(t, last + 2, p))) return undefined;
  return { first: k, last, parts: words, value: t.slice(k, last + 1).filter((x) => x.kind === 'word').map((x) => x.lower).join(' ') };
}

/**
 * Insurers and health schemes callers name before their numbers: "Sun Life, plan ...", "I am with Techniker Krankenkasse", "French
 * Carte Vitale". Their last words (and the few one-word ones that are surnames too), from the insurers of the clinics' countries.
 */
const SCHEME_LAST_WORDS = new Set(['life', 'krankenkasse', 'ersatzkasse', 'betriebskrankenkasse', 'versicherung', 'vitale', 'mutuelle', 'assurance', 'assurances', 'cross', 'shield', 'mutual', 'benefits', 'zorgverzekeraar', 'zorg']);
const SCHEMES = new Set(['aok', 'barmer', 'dak', 'ikk', 'hkk', 'allianz', 'axa', 'vhi', 'laya', 'bupa', 'hcf', 'nib', 'ahm', 'medibank', 'aetna', 'cigna', 'humana', 'kaiser', 'anthem', 'manulife', 'desjardins', 'sanitas', 'adeslas', 'mapfre', 'harmonie', 'mgen', 'cz', 'vgz', 'menzis']);
/** Words that begin no name: a preposition a naming cue was read through ("all of it is the last name except Lucía"). */
const NO_NAME_FIRST = new Set(['except', 'besides', 'without', 'including', 'apart', 'unlike', 'than', 'plus', 'minus', 'via', 'per']);

const INSURER_NAMES = new Set(INSURERS);
/**
 * "I'm with Pacific Blue Cross", "Green Shield covers it": a name read from words that, with the one or
 * two after them, are an insurer's name. Only where the insurer's name runs on past the name read, so
 * a surname that is one insurer's whole name ("Mr Kaiser") stays a name.
 */
function startsAnInsurersName(t: Token[], f: Candidate): boolean {
  const last = t.findIndex((x) => x.end === f.end);
  if (last < 0 || !isWord(t[last + 1]) || t[last + 1]!.start !== t[last]!.end + 1) return false;
  const first = f.value.toLowerCase();
  const one = `${first} ${t[last + 1]!.lower}`;
  const two = isWord(t[last + 2]) && t[last + 2]!.start === t[last + 1]!.end + 1 ? `${one} ${t[last + 2]!.lower}` : '';
  return INSURER_NAMES.has(one) || (two !== '' && INSURER_NAMES.has(two));
}

/** Whether `withoutNonNames` must look closer at a candidate: a PERSON whose first or last word may say it is none. */
function notAName(t: Token[], f: Candidate): boolean {
  if (f.type !== 'PERSON') return false;
  if (startsAnInsurersName(t, f)) return true;
  const space = f.value.indexOf(' ');
  const first = space < 0 ? f.value : f.value.slice(0, space);
  const last = space < 0 ? f.value : f.value.slice(f.value.lastIndexOf(' ') + 1);
  return SCHEME_LAST_WORDS.has(last) || (space < 0 && (SCHEMES.has(first) || TITLES.has(first) || first.endsWith('ing'))) || (space >= 0 && NO_NAME_FIRST.has(first));
}

/**
 * What the rules above read as a name but is none: an insurer or scheme, a title read alone by a cue ("This is Rev. Ezekiel"),
 * a verb's "-ing" after "I'm" ("I'm staying here"); a preposition first is cut off ("except Lucía" is "Lucía").
 */
/** Words that make the name after them a church's, school's, hospital's or town's: "from st stanislaus calling", "San Jose". */
const SAINTS = new Set(['st', 'saint', 'ste', 'sainte', 'san', 'santa', 'santo', 'sankt', 'são', 'sao']);

/**
 * "Take 35 to Ben White", "turn left onto Martin Luther King", "merge onto Ben White": what a route is taken to, or a turn
 * made onto, is a road, not a person ("take my son to Ben White" has no road's number).
 */
function roadInDirections(t: Token[], start: number): boolean {
  const k = t.findIndex((x) => x.start === start);
  const before = t[k - 1]?.lower;
  if (before === 'onto') return true;
  if (before !== 'to' && before !== 'on') return false;
  const w = t[k - 2];
  if (w?.lower === 'turn' || ((w?.lower === 'left' || w?.lower === 'right') && t[k - 3]?.lower === 'turn')) return true;
  return before === 'to' && w?.kind === 'number' && (t[k - 3]?.lower === 'take' || (t[k - 3]?.text === '-' && t[k - 5]?.lower === 'take'));
}

const LETTERS_ONLY = /^\p{L}(?:[\s.-]+\p{L})+$/u;

/**
 * "So that's d.healy@protonmail.com?" / "h-e-a-l-y yeah": letters spelling part of the e-mail the turn before said, with no
 * name asked for, read the address back ("And is that H-A-R-O-L-D?" after "haroldjenkins1952@aol.com").
 */
function readsBackMail(a: Analysis, f: Candidate): boolean {
  const letters = f.value.toLowerCase().replace(/[^\p{L}]/gu, '');
  // Letters only: a spelling with a name's word in it ("O-K-A-F-O-R hyphen Hughes?") says the name, as set C labels it.
  return f.rule === 'person.spelled' && LETTERS_ONLY.test(a.text.slice(f.start, f.end)) && a.said?.mail !== undefined && !a.asked.has('name') && letters.length >= 3 && a.said.mail.includes(letters);
}

function afterSaint(t: Token[], start: number): boolean {
  const k = t.findIndex((x) => x.start === start);
  // "St. Jude", "Saint-Antoine": the saint's word before a full stop or a hyphen glued to the name.
  const joined = t[k - 1]?.text === '.' || (t[k - 1]?.text === '-' && t[k - 1]!.end === t[k]!.start && t[k - 2]?.end === t[k - 1]!.start);
  const before = joined ? t[k - 2] : t[k - 1];
  return k > 0 && before !== undefined && SAINTS.has(before.lower);
}

function withoutNonNames(t: Token[], found: Candidate[]): Candidate[] {
  // Most turns have none: the list is copied only from the first candidate dropped or cut.
  let i = 0;
  while (i < found.length && !notAName(t, found[i]!)) i++;
  if (i === found.length) return found;
  const out: Candidate[] = found.slice(0, i);
  for (const f of found.slice(i)) {
    if (!notAName(t, f)) {
      out.push(f);
      continue;
    }
    if (startsAnInsurersName(t, f)) continue;
    const words = f.value.split(' ');
    if (f.type === 'PERSON' && (SCHEME_LAST_WORDS.has(words.at(-1)!) || (words.length === 1 && SCHEMES.has(words[0]!)) || (words.length === 1 && TITLES.has(words[0]!)))) continue;
    if (f.type === 'PERSON' && words.length === 1 && words[0]!.endsWith('ing') && !given(words[0]!)) {
      const k = t.findIndex((x) => x.start === f.start);
      if (k > 0 && I_AM.has(t[k - 1]!.lower)) continue;
    }
    if (f.type === 'PERSON' && words.length > 1 && NO_NAME_FIRST.has(words[0]!)) {
      const k = t.findIndex((x) => x.start === f.start);
      const next = t[k + 1];
      if (next) out.push({ ...f, start: next.start, value: words.slice(1).join(' ') });
      continue;
    }
    out.push(f);
  }
  return out;
}

/**
 * A name beside a name already found: another joined by "or"/"and" ("for Desmond or Chidi"), capitalised and a given name of
 * the lists or no word of ours; and a capitalised given name (or no word of ours) set beside the speaker's relation ("so
 * Ansel, that's my son", "is Grace, my mother"), a word-name included, since the relation says it is someone.
 */
function namesBesideNames(a: string, t: Token[], found: Candidate[]): void {
  const taken = (k: number) => found.some((f) => f.start <= t[k]!.start && t[k]!.end <= f.end);
  const push = (k: number, rule: string) => {
    if (!taken(k)) found.push({ type: 'PERSON', start: t[k]!.start, end: t[k]!.end, rule, confidence: 0.87, value: t[k]!.lower });
  };
  // Only a found name with "or"/"and" right after it matters: the token after its end is looked up once, for those.
  for (let n = found.length, j = 0; j < n; j++) {
    const f = found[j]!;
    if (f.type !== 'PERSON' || !/^\s+(?:or|and)\s/.test(a.slice(f.end, f.end + 6))) continue;
    const k = t.findIndex((x) => x.end === f.end);
    const w = t[k + 2];
    if (k < 0 || !['or', 'and'].includes(t[k + 1]?.lower ?? '') || !isWord(w) || !isCapitalised(w) || !closesClause(t[k + 3])) continue;
    if (NOT_NAMES.has(w.lower) || PLACE_STARTS.has(w.lower) || MONTHS.has(w.lower) || (!(given.of(w) && !COMMON_WORDS.has(w.lower)) && !unknownNameWord.of(w))) continue;
    push(k + 2, 'person.joined');
  }
  const apposable = (w: Token | undefined): w is Token => isWord(w) && isCapitalised(w) && w.text !== 'I' && (given.of(w) || unknownNameWord.of(w)) && !NOT_NAMES.has(w.lower) && !PLACE_STARTS.has(w.lower) && !MONTHS.has(w.lower) && !brandShaped(w);
  for (let i = 0; i < t.length; i++) {
    const w = t[i]!;
    // "appointment for Minji my daughter.": without the comma, the relation must close the clause.
    const comma = t[i + 1]?.text === ',';
    if (!apposable(w) || (!comma && !['my', 'our'].includes(t[i + 1]?.lower ?? ''))) continue;
    let k = comma ? i + 2 : i + 1;
    if (comma && ["that's", 'that', "he's", "she's", "who's"].includes(t[k]?.lower ?? '')) k += t[k]!.lower === 'that' && t[k + 1]?.lower === 'is' ? 2 : 1;
    const relation = t[k + 1]?.lower ?? '';
    // "Faith and Hunter, my twins": two people joined by "and" before their relation in the plural, word-names too.
    const pair = comma && PLURAL_KIN.has(relation) && t[i - 1]?.lower === 'and' && apposable(t[i - 2]);
    if (!['my', 'our'].includes(t[k]?.lower ?? '') || !RELATIONS.has(relation) || (NOT_KIN.has(relation) && !pair)) continue;
    if (!comma && !closesClause(t[k + 2])) continue;
    push(i, 'person.apposed');
    if (pair) push(i - 2, 'person.apposed');
  }
  // "Kasia for short, Zielińska": the short form said with "for short", and a capitalised surname of no list closing the clause after it.
  // "most people say Seun", "everyone calls me Bex": the name others use.
  const nameWord = (w: Token | undefined): boolean => isWord(w) && isCapitalised(w) && w.text !== 'I' && !NOT_NAMES.has(w.lower) && !PLACE_STARTS.has(w.lower) && !MONTHS.has(w.lower) && ((given.of(w) && !COMMON_WORDS.has(w.lower)) || unknownNameWord.of(w));
  // Asked once per turn, not per token: most turns have neither.
  const namedByOthers = a.includes('short') || ((a.includes(' say') || a.includes(' call')) && OTHERS_SAID.test(a));
  for (let i = 0; namedByOthers && i < t.length; i++) {
    const w = t[i]!.lower;
    // Before "for short" a word-name is a name too ("Max for short"): the words say it is one.
    const shortForm = t[i - 2];
    if (w === 'short' && t[i - 1]?.lower === 'for' && (nameWord(shortForm) || (isWord(shortForm) && isCapitalised(shortForm) && given.of(shortForm) && !MONTHS.has(shortForm.lower)))) {
      push(i - 2, 'person.short_form');
      if (t[i + 1]?.text === ',' && nameWord(t[i + 2]) && closesClause(t[i + 3])) push(i + 2, 'person.short_form');
    }
    if (OTHERS_SAY.has(w) && ['people', 'everyone', 'everybody', 'friends', 'they', 'folks'].includes(t[i - 1]?.lower ?? '')) {
      const k = t[i + 1]?.lower === 'me' || t[i + 1]?.lower === 'him' || t[i + 1]?.lower === 'her' ? i + 2 : w === 'say' || w === 'says' ? i + 1 : -1;
      if (k > 0 && nameWord(t[k]) && closesClause(t[k + 1])) push(k, 'person.short_form');
    }
  }
}

/** What others call a person: "people say Seun", "everyone calls me Bex". */
const OTHERS_SAY = new Set(['say', 'says', 'call', 'calls']);
const OTHERS_SAID = /\b(?:people|everyone|everybody|friends|they|folks) (?:say|says|call|calls)\b/;

const isLetter = (x: Token | undefined) => x !== undefined && x.kind === 'word' && x.text.length === 1;

/**
 * Where a spelling goes on past token `m` (no letter): ", space, C A R ..." (a mark between commas), "C-A-double-L-U-M" (a
 * letter said doubled or tripled), "X as in x-ray O C H ..." (a letter's word said after it). The letters the words add, and
 * the index of the next letter; none where the spelling ends.
 */
function spellingGoesOn(t: Token[], m: number): { extra: string; next: number } | undefined {
  let j = m;
  if ((t[j]?.text === ',' || t[j]?.text === '-') && isWord(t[j + 1])) j++;
  const after = (k: number) => (t[k]?.text === ',' || t[k]?.text === '-') && isLetter(t[k + 1]) ? k + 1 : isLetter(t[k]) ? k : undefined;
  const w = t[j]?.lower ?? '';
  if (SPELLING_MARKS.has(w) && j > m) {
    const next = after(j + 1);
    return next === undefined ? undefined : { extra: '', next };
  }
  if (w === 'double' || w === 'triple') {
    const next = after(j + 1);
    return next === undefined ? undefined : { extra: t[next]!.lower.repeat(w === 'double' ? 1 : 2), next };
  }
  if (w === 'as' && t[j + 1]?.lower === 'in' && isWord(t[j + 2])) {
    let k = j + 3;
    if (t[k]?.text === '-' && isWord(t[k + 1]) && t[k + 1]!.start === t[k]!.end) k += 2;
    const next = after(k);
    return next === undefined ? undefined : { extra: '', next };
  }
  return undefined;
}
