// `npm run pii:lexicons`: writes libs/pii/src/dictionaries/name-lexicons.json from @faker-js/faker's locale
// data (given names and surnames of every locale, Latin script, lowercased, with and without
// diacritics) and its English word lists. The engine reads the JSON, so it neither loads faker at
// run time nor depends on it in production; a unit test checks the JSON matches the installed faker.
// It also writes given-tail.json, the long tail of given names (given-tail.mjs says how it is made).
import { writeFileSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { allLocales, en } from '@faker-js/faker';
import { givenTail } from './given-tail.mjs';

const require = createRequire(import.meta.url);
const version = require('@faker-js/faker/package.json').version;
const LATIN = /^[\p{Script=Latin}][\p{Script=Latin}\p{M}'’ -]*$/u;

function words(lists) {
  if (!lists) return [];
  const values = Array.isArray(lists) ? lists : Object.values(lists).flat();
  return values.filter((v) => typeof v === 'string' && LATIN.test(v)).map((v) => v.toLowerCase().replace(/’/g, "'"));
}

function parts(names) {
  const out = new Set();
  for (const name of names) {
    for (const part of name.split(/[\s-]+/)) {
      if (part.length < 2) continue;
      out.add(part);
      out.add(part.normalize('NFD').replace(/\p{M}/gu, ''));
    }
  }
  return [...out].sort();
}

export function lexicons() {
  const locales = Object.entries(allLocales).sort(([a], [b]) => a.localeCompare(b));
  return {
    source: `@faker-js/faker ${version}: person.first_name, person.middle_name, person.last_name of ${locales.length} locales; word.* of en`,
    given: parts(locales.flatMap(([, l]) => [...words(l.person?.first_name), ...words(l.person?.middle_name)])),
    surnames: parts(locales.flatMap(([, l]) => words(l.person?.last_name))),
    english: [...new Set(Object.values(en.word ?? {}).flat().filter((w) => typeof w === 'string').map((w) => w.toLowerCase()))].sort(),
  };
}

/** name-lexicons.json, and given-tail.json: the tail's given names that faker's given names and words lack. */
export function outputs() {
  const faker = lexicons();
  const known = new Set([...faker.given, ...faker.english]);
  const locales = Object.entries(allLocales);
  return [
    [new URL('../src/dictionaries/name-lexicons.json', import.meta.url), faker],
    [new URL('../src/dictionaries/given-tail.json', import.meta.url), givenTail(locales, known, parts)],
  ].map(([target, value]) => [target, JSON.stringify(value) + '\n']);
}

if (process.argv[2] === '--check') {
  const stale = outputs().filter(([target, text]) => readFileSync(target, 'utf8') !== text);
  console.log(stale.length === 0 ? 'name-lexicons.json and given-tail.json match the installed packages' : `out of date (run npm run pii:lexicons): ${stale.map(([t]) => t.pathname).join(', ')}`);
  process.exit(stale.length === 0 ? 0 : 1);
}
for (const [target, text] of outputs()) writeFileSync(target, text);
