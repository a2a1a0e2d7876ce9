// gen.mjs — deterministic generator for held-out set K (Node 20, no dependencies).
// Writes generated.txt next to this file: 120 positive caller lines from hand-typed lexicons.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

let seed = 0x4b2026; // fixed seed
function rnd() { // mulberry32
  seed |= 0; seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = a => a[Math.floor(rnd() * a.length)];

const given = [
  'Ciarán', 'Órla', 'Fionnuala', 'Declan', // Irish
  'Wiesława', 'Przemysław', 'Bożena', 'Jarek', // Polish
  'Chukwuemeka', 'Oluwaseun', 'Funmilayo', 'Adaeze', // Nigerian
  'Thanh Huong', 'Quoc Bao', 'Linh', 'Tuan', // Vietnamese
  'Anirudh', 'Meenakshi', 'Harshvardhan', 'Deepika', // Indian
  'Khadija', 'Tariq', 'Rania', 'Mustafa', // Arabic
  'Inmaculada', 'Rodrigo', 'Begoña', 'Alejandro', // Spanish
  'Maarten', 'Willemijn', 'Sjoerd', // Dutch
  'Xiulan', 'Jianguo', 'Meiling', // Chinese
  'Seo-yeon', 'Dong-hyun', 'Hye-jin', // Korean
  'Theodora', 'Panagiotis', 'Eleni', // Greek
  'Tyrone', 'Brittany', 'Dakota', 'Wren', // US
];
const surnames = [
  'Mac Giolla Phádraig', "O'Flaherty-Doyle", 'Kavanagh', 'Brzęczyszczykiewicz', 'Szymańska', 'Wojtczak',
  'Okoro-Adewale', 'Onyekachi', 'Balogun', 'Trương', 'Huỳnh', 'Lê Văn Toàn', 'Subramanian', 'Chakraborty',
  'Iyengar', 'El-Khoury', 'Bin Rashid', 'Haddadin', 'Fernández de Córdoba', 'Quiñones', 'Urrutia',
  'van der Meulen', 'ter Horst', 'van Oosterhout', 'Ouyang', 'Zhang', 'Gao', 'Kwon', 'Seo', 'Hwang',
  'Papadimitriou', 'Konstantinidis', 'Georgiou', 'McAllister Jr.', 'Whitaker III', 'Delgado-Reyes',
];
const addresses = [ // [address, country]
  ['1442 Magnolia Bend Rd, Sugar Land, TX 77479', 'US'], ['31 Hawthorne Terrace, Apt 2, Boise, ID 83702', 'US'],
  ['eight oh eight prospect avenue brooklyn', 'US'], ['PO Box 9917, Santa Fe, NM 87504', 'US'],
  ['5 Pottery Lane, Stoke-on-Trent ST4 2RF', 'GB'], ['Flat 3B, 60 Clarence Street, Glasgow G2 8LS', 'GB'],
  ['twelve priory walk canterbury', 'GB'], ['2/47 Wattle Grove, Fremantle WA 6160', 'AU'],
  ['19 Banksia Parade, Hobart TAS 7000', 'AU'], ['Apartment 7, Ballsbridge Court, Dublin 4', 'IE'],
  ['Cnoc na Gréine, Spiddal, Co. Galway H91 F2K7', 'IE'], ['22 rue du Faubourg Saint-Antoine, 75011 Paris', 'FR'],
  ['3 place Bellecour, 69002 Lyon', 'FR'], ['Kaiserstraße 19, 60311 Frankfurt am Main', 'DE'],
  ['Am Mühlbach 7, 83022 Rosenheim', 'DE'], ['vierundzwanzig goethestrasse leipzig', 'DE'],
];
const phones = [
  '(281) 555-0157', 'four oh four five five five oh one six one', '+1 503 555 0148', '555-0139',
  '07700 900 441', '+44 131 496 0288', 'oh one one seven four nine six oh three three oh',
  '0491 555 306', '+61 8 5550 7712', '(08) 5550 3391',
  '089 555 1046', '+353 91 555 208', 'oh eight seven double five five four four one two',
  '06 55 50 12 93', '+33 4 55 50 81 27', '0151 55512033', '+49 89 5558 1204', 'null eins sieben sechs fünf fünf fünf zwei drei acht null',
];
const emails = n => {
  const base = n.replace(/ł/g, 'l').replace(/Ł/g, 'L').normalize('NFD').replace(/[^A-Za-z ]/g, '').toLowerCase().trim().split(/\s+/);
  return pick([`${base[0]}.${base[base.length - 1]}@example.com`, `${base[0]} dot ${base[base.length - 1]} at gmail dot com`, `${base[0][0]}${base[base.length - 1]}77@mail.example.org`]);
};
const conditions = ['a throbbing molar', 'bleeding gums', 'a cracked filling', 'jaw pain', 'an ulcer| on my tongue',
  'sensitivity to hot drinks', 'a swollen gum', 'grinding at night', 'a dental abscess', 'kidney disease', 'COPD',
  'rheumatoid arthritis', 'gestational diabetes', 'a heart murmur'];
const meds = ['Eliquis', 'metformin', 'prednisone', 'Humira', 'warfarin', 'Lyrica', 'Keflex', 'Celebrex', 'naproxen', 'Synjardy', 'methotrexate', 'Pradaxa'];
const dobs = ['the ninth of October 1971', '11/30/1984', 'march twelfth two thousand two', '23.05.1969', 'june 6 78', '1 April 1995', 'nineteen sixty, fourth of july'];
const docs = ['Abiodun', 'Castellví', 'Nakashima', 'Ó Murchú', 'Vasquez-Whitlock', 'Ramaswamy', 'de Groot', 'Lindahl'];

const L = (t, s) => `[[${t}|${s}]]`;
// A condition's words after '|' are where it is, outside its label: "an [ulcer] on my tongue", as the other sets label it.
const condLabel = (entry) => { const [c, where = ''] = entry.split('|'); const m = /^(a|an) (.*)$/.exec(c); return (m ? `${m[1]} ${L('MEDICAL_CONDITION', m[2])}` : L('MEDICAL_CONDITION', c)) + where; };
const templates = [
  (g, s, a, p) => `hi this is ${L('PERSON', g + ' ' + s)} i'm at ${L('STREET_ADDRESS', a)} and my number is ${L('PHONE', p)}`,
  (g, s, a, p) => `Caller: ${L('PERSON', g)} here, surname ${L('PERSON', s)}, best number ${L('PHONE', p)}.`,
  (g, s, a, p) => `um yeah it's ${L('PERSON', g.toLowerCase())} calling i've got ${condLabel(pick(conditions))} and i'm on ${L('MEDICATION', pick(meds))}`,
  (g, s, a, p) => `Caller: Please update my address to ${L('STREET_ADDRESS', a)}, it's ${L('PERSON', g + ' ' + s)}.`,
  (g, s, a, p) => `Caller: ${L('PERSON', s)}, ${L('PERSON', g)}. Date of birth ${L('DATE_OF_BIRTH', pick(dobs))}.`,
  (g, s, a, p) => `Caller: I saw Dr ${L('PERSON', pick(docs))} for ${condLabel(pick(conditions))}, you can reach me on ${L('PHONE', p)}.`,
  (g, s, a, p) => { const n = g + ' ' + s; return `Caller: My email is ${L('EMAIL', emails(n))}, name's ${L('PERSON', n)}.`; },
  (g, s, a, p) => `calling for my mother ${L('PERSON', g)} she takes ${L('MEDICATION', pick(meds))} and lives at ${L('STREET_ADDRESS', a)}`,
  (g, s, a, p) => `Caller: ${L('PHONE', p)}, that's my number, and it's ${L('PERSON', g)} ${L('PERSON', s)} if they ask.`,
  (g, s, a, p) => `Caller: I'm ${L('PERSON', g + ' ' + s)}, born ${L('DATE_OF_BIRTH', pick(dobs))}, and I think I have ${condLabel(pick(conditions))}.`,
  (g, s, a, p) => `so uh the bill goes to ${L('STREET_ADDRESS', a)} for ${L('PERSON', g.toLowerCase() + ' ' + s.toLowerCase())}`,
  (g, s, a, p) => `Caller: Dr ${L('PERSON', pick(docs))} told ${L('PERSON', g)} to stop the ${L('MEDICATION', pick(meds))} before the extraction.`,
];
const out = ['#! clinic: {"country":"US","phones":["(713) 555-0110"],"addresses":["2250 Westheimer Road, Suite 5, Houston, TX 77098"],"emails":["hello@westheimerfamilydental.com"]}',
  '# Generated by gen.mjs (seed 0x4b2026). Do not edit by hand; rerun node gen.mjs.', ''];
for (let i = 0; i < 120; i++) {
  const [a] = pick(addresses);
  const line = templates[i % templates.length](pick(given), pick(surnames), a, pick(phones));
  out.push(line, '');
}
fs.writeFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), 'generated.txt'), out.join('\n'));
console.log('wrote 120 lines to generated.txt');
