// The long tail of given names, for `npm run pii:lexicons`: gender-detection-from-name's lists
// (67k names: US Social Security births, France's and Spain's statistics offices, Italian and German
// lists) keep names faker's few thousand a locale miss (Sorcha, Fergus, Tevita, Thandiwe). Those
// lists are made by counting births, so they also hold everyday words parents chose ("amazing",
// "any", "avant") and places ("Boston", "December"). A name there is kept only when
// - no Hunspell dictionary of the callers' languages accepts it as a word, in any form ("rivers",
//   "frankly"), nor spells a word so without its accents ("uber", über), and word-list (the long
//   English list word games use) lacks it, for regional and rare words ("mallee");
// - faker knows it as no month, weekday, country, state or city of those languages;
// - it is no proper noun of those dictionaries (a place, a people, a brand: "Victorian", "Cairo",
//   "Porsche") unless two of the lists have it (Fergus, Sorcha).
// Names of ours are never removed: this only adds.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import nspell from 'nspell';
import en from 'dictionary-en';
import fr from 'dictionary-fr';
import es from 'dictionary-es';
import de from 'dictionary-de';
import wordListPath from 'word-list';

const require = createRequire(import.meta.url);
// The dictionaries export no package.json, so it is found beside their entry file.
const manifest = (name) => { try { return require(`${name}/package.json`); } catch { return JSON.parse(readFileSync(new URL('package.json', import.meta.resolve(name)), 'utf8')); } };
const version = (name) => `${name} ${manifest(name).version}`;
const LISTS = ['en', 'fr', 'es', 'de', 'it', 'tr'];
// en-GB, en-AU, en-CA and en-ZA were measured: with word-list beside en they removed 0, 1, 0 and 13
// more names (mostly names: Galen, Hodge), so they are not dependencies.
const DICTIONARIES = { 'dictionary-en': en, 'dictionary-fr': fr, 'dictionary-es': es, 'dictionary-de': de };
// German capitalises every noun, so its capitalised stems say nothing of proper nouns.
const PROPER_NOUNS_FROM = ['dictionary-en', 'dictionary-fr', 'dictionary-es'];
// The callers' languages: calendar and place words of other locales ("mei", Dutch May) are names too.
const CALLER_LOCALES = /^(en|fr|es|de)(_|$)/;

const strings = (v) => (!v ? [] : Array.isArray(v) ? v.flatMap(strings) : typeof v === 'object' ? Object.values(v).flatMap(strings) : typeof v === 'string' ? [v] : []);

/** Months, weekdays, countries, states and cities faker lists for the callers' locales. */
function placesAndDates(locales) {
  const out = new Set();
  for (const [code, l] of locales) {
    if (!CALLER_LOCALES.test(code)) continue;
    const values = [...strings(l.date), ...['country', 'state', 'county', 'city_name', 'continent'].flatMap((k) => strings(l.location?.[k]))];
    for (const v of values) out.add(v.toLowerCase());
  }
  return out;
}

const strip = (w) => w.normalize('NFD').replace(/\p{M}/gu, '');

/** The stems of the dictionaries' .dic files: proper nouns (capitalised) and accented words written without their accents. */
function stems() {
  const proper = new Set(), unaccented = new Set();
  for (const [name, d] of Object.entries(DICTIONARIES)) {
    for (const line of new TextDecoder().decode(d.dic).split('\n')) {
      const w = line.split('/')[0].trim();
      if (PROPER_NOUNS_FROM.includes(name) && /^\p{Lu}\p{Ll}+$/u.test(w)) proper.add(w.toLowerCase());
      if (/^\p{Ll}+$/u.test(w) && strip(w) !== w) unaccented.add(strip(w));
    }
  }
  return { proper, unaccented };
}

/** How many of the lists have each name part. */
function listsHaving(lists) {
  const count = new Map();
  for (const names of lists) for (const part of new Set(names.flatMap((n) => n.split(/[\s-]+/)).flatMap((p) => [p, strip(p)]))) count.set(part, (count.get(part) ?? 0) + 1);
  return count;
}

/**
 * The tail's names (lowercased parts, with and without diacritics, as `parts` makes them) that
 * `known` (faker's names and words) lacks, of three letters or more, by the rules above.
 */
export function givenTail(locales, known, parts) {
  const spellers = Object.values(DICTIONARIES).map((d) => nspell(d));
  const { proper, unaccented } = stems();
  const notAName = placesAndDates(locales);
  const lists = LISTS.map((l) => [...require(`gender-detection-from-name/names/${l}.js`).keys()].map((n) => n.toLowerCase()).filter((n) => !notAName.has(n)));
  const having = listsHaving(lists);
  const wordList = new Set(readFileSync(wordListPath, 'utf8').split('\n'));
  const word = (p) => unaccented.has(p) || wordList.has(p) || spellers.some((s) => s.correct(p));
  const given = parts(lists.flat()).filter((p) => p.length >= 3 && /^\p{Script=Latin}[\p{Script=Latin}\p{M}']*$/u.test(p) && !known.has(p) && !notAName.has(p)
    && (!proper.has(p) || having.get(p) >= 2) && !word(p));
  return {
    source: `${version('gender-detection-from-name')}: names/{${LISTS.join(',')}}.js, less the words ${Object.keys(DICTIONARIES).map(version).join(', ')} accept (${version('nspell')}) or spell with accents and the words of ${version('word-list')}, their proper nouns that one list alone has, and the months, weekdays and places of faker's en, fr, es and de locales`,
    given,
  };
}
