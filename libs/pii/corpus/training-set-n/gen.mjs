// gen.mjs - writes generated.txt (120 positive lines) next to this script.
// Plain Node.js 20, no dependencies, deterministic (fixed seed). Lexicons are hand-typed below.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SEED = 20261204;
function mulberry32(a) { return function () { a |= 0; a = (a + 0x6D2B79F5) | 0; let t = Math.imul(a ^ (a >>> 15), 1 | a);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }; }
const rnd = mulberry32(SEED);
const pick = (a) => a[Math.floor(rnd() * a.length)];
const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
const pad = (n, w) => String(n).padStart(w, '0');
const L = (type, text) => `[[${type}|${text}]]`;

// ---- given names by origin ----
const GIVEN = {
  irish: ['Ruairí', 'Orla', 'Donncha', 'Clodagh', 'Ciarán', 'Sinéad', 'Eimear', 'Darragh'],
  polish: ['Bartosz', 'Małgorzata', 'Jarosław', 'Zofia', 'Przemysław', 'Katarzyna'],
  nigerian: ['Chiamaka', 'Babatunde', 'Oluwakemi', 'Ikechukwu', 'Funmilayo', 'Adaeze'],
  vietnamese: ['Huong', 'Quang', 'Lan Anh', 'Duc', 'Ngoc Han', 'Tuan'],
  indian: ['Ananya', 'Vikram', 'Meenakshi', 'Rohan', 'Kavitha', 'Aditya'],
  arabic: ['Layla', 'Khalid', 'Noor', 'Tariq', 'Samira', 'Yousef'],
  spanish: ['Guadalupe', 'Itziar', 'Rodrigo', 'Montserrat', 'Iñaki', 'Pilar'],
  dutch: ['Joost', 'Femke', 'Maarten', 'Anouk', 'Sjoerd', 'Marloes'],
  chinese: ['Xiaoming', 'Meiling', 'Jianguo', 'Yuting', 'Haoran', 'Shufen'],
  korean: ['Minseo', 'Dong-hyun', 'Seo-yeon', 'Jiho', 'Hyejin', 'Sungmin'],
  greek: ['Eftychia', 'Stavros', 'Despina', 'Charalambos', 'Xanthe', 'Spyros'],
  anglo: ['Courtney', 'Dale', 'Ellery', 'Marnie', 'Harlan', 'Tamsin'],
};
const SURNAME = {
  irish: ['Ó Dálaigh', 'Mac Cárthaigh', 'Fitzgibbon', "O'Driscoll-Hayes", 'Nic Ghiolla'],
  polish: ['Wróblewski', 'Grabowska', 'Szczepaniak', 'Jabłońska', 'Kaczmarek'],
  nigerian: ['Oyelowo', 'Nwachukwu-Ade', 'Adebanjo', 'Okonjo', 'Ezeogu'],
  vietnamese: ['Huynh', 'Dinh', 'Luong', 'Truong', 'Ha'],
  indian: ['Subramanian', 'Bhattacharya', 'Kulkarni', 'Pillai', 'Dhillon'],
  arabic: ['Al-Hashimi', 'Haddad', 'El-Sayed', 'Nasrallah', 'Bin Zayed'],
  spanish: ['Etxeberria', 'Villanueva', 'de la Fuente', 'Ortega-Ruiz', 'Quintanilla'],
  dutch: ['van der Linden', 'de Groot', 'van Dijk', 'ter Horst', 'van den Broek'],
  chinese: ['Xu', 'Guo', 'Zhou', 'Tang', 'Huang'],
  korean: ['Choi', 'Jeong', 'Kang', 'Yoon', 'Baek'],
  greek: ['Karamanlis', 'Georgiou', 'Theodorakis', 'Papanikolaou', 'Vlachos'],
  anglo: ['Hawthorne', 'Pettigrew', 'Ashworth', 'Merriweather', 'Blackwood'],
};
const SUFFIX = ['', '', '', '', ' Junior', ' III', ' Senior'];

// ---- addresses ----
const US_STREETS = ['Juniper Hollow Road', 'Cascade Avenue', 'Hawthorne Boulevard', 'Alder Creek Lane', 'Burnside Street', 'Magnolia Terrace', 'Old Mill Pike'];
const US_TOWNS = [['Beaverton', 'OR', '97005'], ['Tacoma', 'WA', '98402'], ['Boise', 'ID', '83702'], ['Albany', 'NY', '12207'], ['Savannah', 'GA', '31401'], ['Tucson', 'AZ', '85719']];
const UK_STREETS = ['Harrowgate Close', 'Tanner Row', 'Coldharbour Lane', 'Saxon Way', 'Ropewalk Terrace', 'Bellfounder Street'];
const UK_TOWNS = [['Leicester', 'LE2 1TQ'], ['Norwich', 'NR3 4HB'], ['Swansea', 'SA1 6DR'], ['Harrogate', 'HG1 5LS'], ['Exeter', 'EX4 3PT']];
const AU_STREETS = ['Banksia Street', 'Wattle Grove', 'Kookaburra Crescent', 'Jacaranda Drive', 'Paterson Parade'];
const AU_TOWNS = [['Toowong', 'QLD', '4066'], ['Northcote', 'VIC', '3070'], ['Fremantle', 'WA', '6160'], ['Newtown', 'NSW', '2042'], ['Sandy Bay', 'TAS', '7005']];
const IE_STREETS = ['Bóthar na Trá', 'Sallymount Avenue', 'Gracepark Road', 'Cathedral View', 'Knocknacarra Road'];
const IE_TOWNS = [['Galway', 'H91 C2T6'], ['Limerick', 'V94 RX73'], ['Dublin 6', 'D06 W9P4'], ['Sligo', 'F91 KE28'], ['Athlone', 'N37 YD61']];
const FR_STREETS = ['rue des Carmes', 'boulevard Gambetta', 'rue du Faubourg Saint-Jean', 'impasse des Lilas', 'avenue Jean-Jaurès'];
const FR_TOWNS = [['69002', 'Lyon'], ['31000', 'Toulouse'], ['44000', 'Nantes'], ['13006', 'Marseille'], ['59000', 'Lille']];
const DE_STREETS = ['Kastanienallee', 'Goethestraße', 'Am Rosengarten', 'Bergmannstraße', 'Schillerplatz'];
const DE_TOWNS = [['10437', 'Berlin'], ['50667', 'Köln'], ['04109', 'Leipzig'], ['70173', 'Stuttgart'], ['28195', 'Bremen']];

// ---- conditions / medications / email domains ----
const CONDITIONS = ['wisdom tooth pain', 'swollen gums', 'a cracked molar', 'gingivitis', 'receding gums', 'jaw pain', 'sensitive teeth', 'a dental abscess', 'hypertension', 'type 2 diabetes', 'a sinus infection', 'bruxism', 'a chipped incisor', 'mouth ulcers'];
const MEDS = ['glipizide', 'losartan', 'Brilinta', 'hydrochlorothiazide', 'Levemir', 'naproxen', 'Mounjaro', 'prednisone', 'Augmentin', 'gabapentin', 'Januvia', 'omeprazole'];
const DOMAINS = ['protonmail.com', 'icloud.com', 'aol.com', 'gmx.de', 'free.fr', 'live.ie', 'optusnet.com.au'];

function person() {
  const o = pick(Object.keys(GIVEN));
  const o2 = rnd() < 0.75 ? o : pick(Object.keys(SURNAME));
  return { given: pick(GIVEN[o]), surname: pick(SURNAME[o2]), suffix: pick(SUFFIX) };
}
function phone() {
  switch (int(0, 11)) {
    case 0: return `(${pick(['503', '971', '360', '208'])}) 555-01${pad(int(0, 99), 2)}`;
    case 1: return `+1 ${pick(['518', '912', '520'])} 555 01${pad(int(0, 99), 2)}`;
    case 2: return `555-01${pad(int(0, 99), 2)}`;
    case 3: return `07700 900${pad(int(0, 999), 3)}`;
    case 4: return `+44 113 496 0${pad(int(0, 999), 3)}`;
    case 5: return `0491 57${int(0, 9)} ${pad(int(0, 999), 3)}`;
    case 6: return `+61 3 7010 ${pad(int(0, 9999), 4)}`;
    case 7: return `08${pick(['3', '5', '6', '7'])} ${int(100, 999)} ${pad(int(0, 9999), 4)}`;
    case 8: return `+353 1 ${int(200, 999)} ${pad(int(0, 9999), 4)}`;
    case 9: return `06 ${pad(int(10, 99), 2)} ${pad(int(10, 99), 2)} ${pad(int(10, 99), 2)} ${pad(int(10, 99), 2)}`;
    case 10: return `+33 7 ${pad(int(10, 99), 2)} ${pad(int(10, 99), 2)} ${pad(int(10, 99), 2)} ${pad(int(10, 99), 2)}`;
    default: return rnd() < 0.5 ? `030 ${int(2000000, 9999999)}` : `+49 171 ${int(1000000, 9999999)}`;
  }
}
function address() {
  switch (int(0, 5)) {
    case 0: { const [t, s, z] = pick(US_TOWNS); const unit = rnd() < 0.4 ? ` Apt ${int(1, 40)}${pick(['', 'A', 'B'])}` : ''; return `${int(10, 9999)} ${pick(US_STREETS)}${unit}, ${t}, ${s} ${z}`; }
    case 1: { const [t, pc] = pick(UK_TOWNS); const flat = rnd() < 0.4 ? `Flat ${int(1, 12)}, ` : ''; return `${flat}${int(1, 240)} ${pick(UK_STREETS)}, ${t} ${pc}`; }
    case 2: { const [t, s, pc] = pick(AU_TOWNS); return `${rnd() < 0.5 ? `${int(1, 20)}/` : ''}${int(1, 300)} ${pick(AU_STREETS)}, ${t} ${s} ${pc}`; }
    case 3: { const [t, ec] = pick(IE_TOWNS); return `${int(1, 90)} ${pick(IE_STREETS)}, ${t} ${ec}`; }
    case 4: { const [cp, v] = pick(FR_TOWNS); return `${int(1, 150)}${rnd() < 0.2 ? ' bis' : ''} ${pick(FR_STREETS)}, ${cp} ${v}`; }
    default: { const [plz, c] = pick(DE_TOWNS); return `${pick(DE_STREETS)} ${int(1, 120)}${rnd() < 0.2 ? 'b' : ''}, ${plz} ${c}`; }
  }
}
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
function dob() {
  const y = int(1938, 2015), m = int(1, 12), d = int(1, 28);
  switch (int(0, 3)) {
    case 0: return `${m}/${d}/${y}`;
    case 1: return `${MONTHS[m - 1]} ${d}, ${y}`;
    case 2: return `${MONTHS[m - 1].slice(0, 3).toLowerCase()} ${d} ${String(y).slice(2)}`;
    default: return `${pad(m, 2)}-${pad(d, 2)}-${y}`;
  }
}
function email(p) {
  const g = p.given.toLowerCase().normalize('NFD').replace(/[^a-z]/g, '');
  const s = p.surname.toLowerCase().normalize('NFD').replace(/[^a-z]/g, '');
  const dom = pick(DOMAINS);
  return rnd() < 0.5 ? `${g}.${s}${int(1, 99)}@${dom}` : `${g} dot ${s} at ${dom.replace(/\./g, ' dot ')}`;
}
const cond = () => { const c = pick(CONDITIONS); const m = c.match(/^(a|an) (.*)$/); return m ? `${m[1]} ${L('MEDICAL_CONDITION', m[2])}` : L('MEDICAL_CONDITION', c); };

const TEMPLATES = [
  (p) => `hi it's ${L('PERSON', `${p.given} ${p.surname}${p.suffix}`)}, my number is ${L('PHONE', phone())}`,
  (p) => `${L('PERSON', `${p.given} ${p.surname}`.toLowerCase())} ${L('DATE_OF_BIRTH', dob())} calling about ${cond()}`,
  (p) => `this is ${L('PERSON', p.given)} um I moved to ${L('STREET_ADDRESS', address())}`,
  (p) => `${L('PERSON', `${p.surname}`)}, first name ${L('PERSON', p.given)}, I'm on ${L('MEDICATION', pick(MEDS))}`,
  (p) => `uh yeah ${L('PERSON', p.given.toLowerCase())} here, I've got ${cond()} and I take ${L('MEDICATION', pick(MEDS))}`,
  (p) => `the appointment is for my parent ${L('PERSON', `${p.given} ${p.surname}`)}, born ${L('DATE_OF_BIRTH', dob())}`,
  (p) => `can you send it to ${L('EMAIL', email(p))} and call ${L('PHONE', phone())} if anything changes`,
  (p) => `${L('PERSON', `${p.given} ${p.surname}`)} ${L('STREET_ADDRESS', address())} ${L('PHONE', phone())}`,
  (p) => `my partner ${L('PERSON', p.given)} has ${cond()}, can we come in this week`,
  (p) => `Caller: I'm staying with my sister at ${L('STREET_ADDRESS', address())} so ring ${L('PHONE', phone())}`,
  (p) => `my date of birth is ${L('DATE_OF_BIRTH', dob())} and it's ${L('PERSON', `${p.given} ${p.surname}`)}`,
  (p) => `so it's ${L('PERSON', [...p.surname.toUpperCase().replace(/[^\p{Lu}]/gu, '')].join(' '))} spelled out, and my email is ${L('EMAIL', email(p))}`,
  (p) => `I saw Dr. ${L('PERSON', p.surname)} for ${cond()} and got put on ${L('MEDICATION', pick(MEDS))}`,
  (p) => `${L('PERSON', p.given)} is my kid, allergic to ${L('MEDICATION', pick(MEDS))}`,
  (p) => `ok so ${L('PERSON', `${p.given} ${p.surname}`.toLowerCase())} and the best number is ${L('PHONE', phone())} thanks`,
];

const lines = new Set();
while (lines.size < 120) {
  const p = person();
  const t = TEMPLATES[lines.size % TEMPLATES.length];
  lines.add(t(p));
}
const header = '#! clinic: {"country":"US","phones":["(503) 555-0116"],"addresses":["740 NW Everett Street, Portland, OR 97209"],"emails":["hello@everettstreetdental.com"]}';
const out = [header, '# generated by gen.mjs (seed ' + SEED + '); 120 positive lines; do not tune on this file', '', ...[...lines].flatMap((l) => [l, ''])].join('\n');
writeFileSync(join(dirname(fileURLToPath(import.meta.url)), 'generated.txt'), out);
console.log('wrote generated.txt with', lines.size, 'lines');
