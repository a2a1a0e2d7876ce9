#!/usr/bin/env node
// set-a generator: writes generated.txt (120 positive lines) next to this file.
// Plain Node.js 20, no dependencies, deterministic (mulberry32, fixed seed). Lexicons are hand-typed here.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SEED = 20240611;
function mulberry32(a) { return function () { a |= 0; a = a + 0x6D2B79F5 | 0; let t = Math.imul(a ^ a >>> 15, 1 | a); t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t; return ((t ^ t >>> 14) >>> 0) / 4294967296; }; }
const rnd = mulberry32(SEED);
const pick = a => a[Math.floor(rnd() * a.length)];
const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
const digits = n => Array.from({ length: n }, () => int(0, 9)).join('');
const L = (t, s) => `[[${t}|${s}]]`;

// ---- hand-typed lexicons (set-a) ----
const GIVEN = {
  irish: ['Caoimhe', 'Oisín', 'Róisín', 'Cathal', 'Eimear', 'Tadhg', 'Clodagh'],
  polish: ['Małgorzata', 'Krzysztof', 'Zofia', 'Grzegorz', 'Katarzyna', 'Bartosz'],
  nigerian: ['Chukwuemeka', 'Funmilayo', 'Adaeze', 'Babatunde', 'Yetunde', 'Ikenna'],
  vietnamese: ['Thuy', 'Huong', 'Quang', 'Phuong', 'Duc', 'Linh'],
  indian: ['Aarav', 'Lakshmi', 'Venkatesh', 'Ananya', 'Rohit', 'Meenakshi'],
  arabic: ['Yusuf', 'Layla', 'Khalid', 'Noor', 'Hamza', 'Rania'],
  spanish: ['Alejandro', 'Guadalupe', 'Iñaki', 'Montserrat', 'Joaquín', 'Rocío'],
  dutch: ['Sanne', 'Bram', 'Femke', 'Joris', 'Lieke'],
  chinese: ['Xiaoming', 'Meiling', 'Jianguo', 'Yuting', 'Haoran'],
  korean: ['Seo-yeon', 'Min-jun', 'Ha-eun', 'Jae-hyun'],
  greek: ['Eleni', 'Konstantinos', 'Athina', 'Spyros'],
  anglo: ['Brittany', 'Tyler', 'Deborah', 'Gareth', 'Shannon', 'Wayne'],
  wordlike: ['Rose', 'Hope', 'Will', 'Grace', 'Mark', 'Joy', 'Bill', 'Faith'],
};
const SUR = {
  irish: ["O'Sullivan", 'Mac Cárthaigh', 'Ní Dhomhnaill', 'Brennan', 'Ó Briain', 'Flanagan'],
  polish: ['Wójcik', 'Kamińska', 'Zieliński', 'Szymańska', 'Dąbrowski', 'Krawczyk'],
  nigerian: ['Okonkwo', 'Adeyemi-Bello', 'Nwachukwu', 'Balogun', 'Eze', 'Ogundipe'],
  vietnamese: ['Pham', 'Hoang', 'Vu', 'Dang', 'Bui'],
  indian: ['Subramanian', 'Chatterjee', 'Reddy', 'Iyer', 'Deshpande', 'Gill'],
  arabic: ['Haddad', 'Al-Rashid', 'Mansour', 'Khoury', 'El-Amin'],
  spanish: ['García Márquez', 'de la Cruz', 'Echeverría', 'Santos', 'Villalobos'],
  dutch: ['van der Linden', 'de Vries', 'van den Broek', 'Bakker', 'ter Horst'],
  chinese: ['Zhang', 'Liu', 'Huang', 'Zhou', 'Xu'],
  korean: ['Choi', 'Jung', 'Kang', 'Yoon'],
  greek: ['Georgiou', 'Nikolaidis', 'Konstantopoulou', 'Vlachos'],
  anglo: ['Whitfield', 'Harrington Jr.', 'Bellamy', 'Pruitt', 'Ashworth'],
};
const ORIGINS = Object.keys(SUR);
const US_STREETS = ['Maple', 'Kedzie', 'Sheridan', 'Pulaski', 'Magnolia', 'Juniper', 'Cottonwood', 'Lincoln'];
const US_SUFFIX = ['Avenue', 'Street', 'Road', 'Boulevard', 'Court', 'Drive', 'Lane'];
const US_TOWNS = [['Chicago', 'IL', '606'], ['Milwaukee', 'WI', '532'], ['Gary', 'IN', '464'], ['Des Moines', 'IA', '503'], ['Houston', 'TX', '770'], ['Queens', 'NY', '113']];
const UK = [['Ashbourne Road', 'Derby', 'DE22'], ['Canal Street', 'Nottingham', 'NG1'], ['Whitworth Lane', 'Leeds', 'LS9'], ['Chapel Walk', 'Sheffield', 'S1'], ['Gorse Hill', 'Swindon', 'SN2'], ['Bridge End', 'Hexham', 'NE46']];
const AU = [['Lygon Street', 'Carlton', 'VIC', '3053'], ['Beaufort Street', 'Mount Lawley', 'WA', '6050'], ['Oxford Street', 'Paddington', 'NSW', '2021'], ['Brunswick Street', 'New Farm', 'QLD', '4005'], ['King William Road', 'Hyde Park', 'SA', '5061']];
const IE = [['Griffith Avenue', 'Drumcondra, Dublin 9', 'D09'], ['Shandon Street', 'Cork', 'T23'], ['Nun\'s Island', 'Galway', 'H91'], ['O\'Connell Street', 'Limerick', 'V94'], ['Main Street', 'Mullingar', 'N91']];
const FR = [['rue Oberkampf', '75011', 'Paris'], ['cours Lafayette', '69003', 'Lyon'], ['rue Sainte-Catherine', '33000', 'Bordeaux'], ['boulevard de la Liberté', '59800', 'Lille'], ['avenue Jean Médecin', '06000', 'Nice']];
const DE = [['Schönhauser Allee', '10437', 'Berlin'], ['Leopoldstraße', '80802', 'München'], ['Ehrenstraße', '50672', 'Köln'], ['Bergerstraße', '60316', 'Frankfurt am Main'], ['Kastanienweg', '01099', 'Dresden']];
const MAIL = ['gmail.com', 'yahoo.com', 'hotmail.co.uk', 'outlook.com', 'icloud.com', 'web.de', 'orange.fr', 'eircom.net', 'bigpond.com'];
const CONDITIONS = ['a cracked tooth', 'gum disease', 'asthma', 'type 1 diabetes', 'a bad toothache', 'high blood pressure', 'an abscess', 'jaw pain'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const W = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

function spoken(num, style) { // digits -> words, "oh" for 0, optional doubles
  const ds = num.replace(/\D/g, '').split('');
  const out = [];
  for (let i = 0; i < ds.length; i++) {
    const w = ds[i] === '0' && style !== 'zero' ? 'oh' : W[+ds[i]];
    if (style === 'double' && ds[i + 1] === ds[i] && ds[i + 2] !== ds[i]) { out.push('double ' + w); i++; continue; }
    out.push(w);
  }
  return out.join(' ');
}
const strip = s => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ł/g, 'l').replace(/Ł/g, 'L');
function person() { const o = pick(ORIGINS); const g = pick(rnd() < 0.12 ? GIVEN.wordlike : GIVEN[o]); return { g, s: pick(SUR[o]), o }; }
function phone(c) {
  switch (c) {
    case 'US': return pick([() => `(${pick(['312', '773', '414', '713'])}) 555-01${digits(2)}`, () => `${pick(['630', '847', '515'])}-555-01${digits(2)}`, () => `+1 ${pick(['312', '646', '219'])} 555 01${digits(2)}`])();
    case 'GB': return pick([() => `07700 900${digits(3)}`, () => `+44 7700 900${digits(3)}`, () => `0161 496 0${digits(3)}`, () => `020 7946 0${digits(3)}`])();
    case 'AU': return pick([() => `0491 570 ${digits(3)}`, () => `+61 491 570 ${digits(3)}`, () => `(02) 5550 ${digits(4)}`, () => `(08) 5550 ${digits(4)}`])();
    case 'IE': return pick([() => `08${pick(['3', '5', '6', '7'])} ${digits(3)} ${digits(4)}`, () => `+353 8${pick(['6', '7'])} ${digits(3)} ${digits(4)}`, () => `(01) ${digits(3)} ${digits(4)}`])();
    case 'FR': return pick([() => `06 39 98 ${digits(2)} ${digits(2)}`, () => `+33 6 39 98 ${digits(2)} ${digits(2)}`, () => `01 99 00 ${digits(2)} ${digits(2)}`])();
    default: return pick([() => `030 ${digits(7)}`, () => `+49 151 ${digits(4)} ${digits(4)}`, () => `089 ${digits(3)} ${digits(4)}`])();
  }
}
function address(c) {
  switch (c) {
    case 'US': { const [t, st, z] = pick(US_TOWNS); return rnd() < 0.5 ? `${int(10, 9899)} ${pick(US_STREETS)} ${pick(US_SUFFIX)}, ${t}, ${st} ${z}${digits(2)}` : `${int(100, 4999)} ${pick(['North', 'South', 'West', 'East'])} ${pick(US_STREETS)} ${pick(US_SUFFIX)}, Apt ${int(1, 30)}${pick(['A', 'B', 'C', ''])}`; }
    case 'GB': { const [s, t, pc] = pick(UK); return `${rnd() < 0.3 ? `Flat ${int(1, 9)}, ` : ''}${int(1, 220)} ${s}, ${t} ${pc} ${int(1, 9)}${pick(['AB', 'HT', 'QW', 'RX', 'LD'])}`; }
    case 'AU': { const [s, sub, st, pc] = pick(AU); return `${rnd() < 0.5 ? `${int(1, 12)}/` : ''}${int(1, 300)} ${s}, ${sub} ${st} ${pc}`; }
    case 'IE': { const [s, t, rk] = pick(IE); return `${int(1, 120)} ${s}, ${t}, ${rk} ${pick(['X', 'K', 'R', 'E'])}${digits(1)}${pick(['W', 'P', 'T', 'Y'])}${digits(1)}`; }
    case 'FR': { const [s, cp, v] = pick(FR); return `${int(1, 140)}${rnd() < 0.2 ? ' bis' : ''} ${s}, ${cp} ${v}`; }
    default: { const [s, plz, t] = pick(DE); return `${s} ${int(1, 99)}${rnd() < 0.2 ? 'a' : ''}, ${plz} ${t}`; }
  }
}
function postcode(c) {
  return { US: () => `${pick(US_TOWNS)[2]}${digits(2)}`, GB: () => `${pick(UK)[2]} ${int(1, 9)}${pick(['NB', 'TZ', 'PF'])}`, AU: () => pick(AU)[3], IE: () => `${pick(IE)[2]} ${pick(['F', 'H', 'N'])}${digits(1)}${pick(['C', 'V'])}${digits(1)}`, FR: () => pick(FR)[1], DE: () => pick(DE)[1] }[c]();
}
function dob(c) {
  const y = int(1938, 2019), m = int(1, 12), d = int(1, 28);
  const ord = n => n + (n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th');
  if (c === 'US') return pick([`${m}/${d}/${y}`, `${MONTHS[m - 1]} ${d}, ${y}`, `${MONTHS[m - 1].slice(0, 3).toLowerCase()} ${d} ${String(y).slice(2)}`]);
  if (c === 'DE') return pick([`${String(d).padStart(2, '0')}.${String(m).padStart(2, '0')}.${y}`, `${d}. ${MONTHS[m - 1]} ${y}`]);
  return pick([`${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`, `${ord(d)} of ${MONTHS[m - 1]} ${y}`, `${d} ${MONTHS[m - 1]} ${y}`]);
}
function email(p, spokenForm) {
  const u = strip(`${p.g}.${p.s}`).toLowerCase().replace(/[^a-z.]/g, '');
  const dom = pick(MAIL);
  return spokenForm ? `${u.replace(/\./g, ' dot ')} at ${dom.replace(/\./g, ' dot ')}` : `${u}${rnd() < 0.3 ? int(1, 99) : ''}@${dom}`;
}

const COUNTRIES = ['US', 'US', 'GB', 'AU', 'IE', 'FR', 'DE'];
const T = [
  (c, p) => `hi this is ${L('PERSON', `${p.g} ${p.s}`)} um my number is ${L('PHONE', phone(c))}`,
  (c, p) => `${L('PERSON', `${p.g} ${p.s}`)} here, I'm at ${L('STREET_ADDRESS', address(c))} now`,
  (c, p) => `yeah it's ${L('PERSON', p.g.toLowerCase())} calling back, you can reach me on ${L('PHONE', spoken(phone(c), pick(['double', 'oh', 'zero'])))}`,
  (c, p) => `my name is ${L('PERSON', p.g)}, surname ${L('PERSON', p.s)}, and I was born ${L('DATE_OF_BIRTH', dob(c))}`,
  (c, p) => `the appointment's for my mum ${L('PERSON', `${p.g} ${p.s}`)}, date of birth ${L('DATE_OF_BIRTH', dob(c))}`,
  (c, p) => `uh can you send the forms to ${L('EMAIL', email(p, true))} please`,
  (c, p) => `email is ${L('EMAIL', email(p, false))} and the phone is ${L('PHONE', phone(c))}`,
  (c, p) => `we moved to ${L('STREET_ADDRESS', address(c))}, can you update the file for ${L('PERSON', p.g)}`,
  (c, p) => `it's ${L('PERSON', p.s.replace(/ Jr\.$/, '').toUpperCase().replace(/[^A-ZĄĆĘŁŃÓŚŹŻÁÉÍÑÚ]/g, '').split('').join(' '))}, that's the last name, first name ${L('PERSON', p.g)}`,
  (c, p) => `postcode is ${L('POSTAL_CODE', postcode(c))} if that helps find me, ${L('PERSON', `${p.g} ${p.s}`)}`,
  (c, p) => `my husband ${L('PERSON', p.g)} has ${L('MEDICAL_CONDITION', pick(CONDITIONS).replace(/^(a|an) /, ''))} and we need an appointment, call ${L('PHONE', phone(c))}`,
  (c, p) => `${L('PERSON', `${p.g.toLowerCase()} ${p.s.toLowerCase()}`)} um i'm a new patient i live at ${L('STREET_ADDRESS', address(c))}`,
  (c, p) => `Dr. ${L('PERSON', p.s)} referred me, my mobile's ${L('PHONE', phone(c))}`,
  (c, p) => `could you post the invoice to ${L('STREET_ADDRESS', address(c))}? it's for ${L('PERSON', `${p.g} ${p.s}`)}, born ${L('DATE_OF_BIRTH', dob(c))}`,
  (c, p) => `ring me back at ${L('PHONE', phone(c))} or email ${L('EMAIL', email(p, false))}, thanks, ${L('PERSON', p.g)}`,
  (c, p) => `Caller: yes hello, ${L('PERSON', `${p.g} ${p.s}`)}, D O B ${L('DATE_OF_BIRTH', dob(c))}, I need to cancel`,
  (c, p) => `I'm calling for ${L('PERSON', p.g)}, she's at ${L('STREET_ADDRESS', address(c))} and her number is ${L('PHONE', phone(c))}`,
  (c, p) => `the zip or postcode, sorry, it's ${L('POSTAL_CODE', postcode(c))}`,
];

const seen = new Set(); const lines = [];
while (lines.length < 120) {
  const c = pick(COUNTRIES); const p = person();
  const s = pick(T)(c, p);
  if (seen.has(s)) continue; seen.add(s); lines.push(s);
}
const header = '#! clinic: {"country":"US","phones":["(414) 555-0190"],"addresses":["900 East Brady Street, Milwaukee, WI 53202"],"emails":["hello@bradystreetdental.com"]}';
const out = [header, '# set-a generated.txt - written by gen.mjs (seed ' + SEED + '); do not edit by hand', '', ...lines.flatMap(l => [l, ''])].join('\n');
fs.writeFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), 'generated.txt'), out);
console.log(`wrote ${lines.length} lines`);
