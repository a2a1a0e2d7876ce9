// gen.mjs - set O generator. Plain Node.js 20, no dependencies, deterministic (fixed seed).
// Writes generated.txt next to this file: 120 positive caller lines built from the hand-typed lexicons below.
import fs from 'node:fs';
import path from 'node:path';

let seed = 0x5e7a0c31;
function rnd() { // mulberry32
  seed |= 0; seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = a => a[Math.floor(rnd() * a.length)];
const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
const L = (type, text) => `[[${type}|${text}]]`;

// ---- lexicons (hand-typed) ----
const GIVEN = ['Cathal', 'Gráinne', 'Peadar', 'Muireann', 'Bartosz', 'Zofia', 'Grzegorz', 'Małgorzata', 'Chinonso', 'Funmilayo',
  'Babatunde', 'Ifeoma', 'Thanh', 'Quoc Bao', 'Ngoc Anh', 'Huong', 'Aravind', 'Lakshmi', 'Sandeep', 'Meenakshi', 'Youssef',
  'Layla', 'Khalid', 'Rania', 'Ignacio', 'Rocío', 'Esteban', 'Maite', 'Jeroen', 'Lieke', 'Thijs', 'Marieke', 'Weiming',
  'Xiaoling', 'Jianhong', 'Seo-yeon', 'Min-jun', 'Ha-eun', 'Stavros', 'Eleftheria', 'Nikos', 'Despina', 'Hemi', 'Aroha',
  'Tarni', 'Jedda', 'Brennan', 'Shawnice', 'Dwayne', 'Ileana'];
const SUR = ['Ó Dálaigh', 'MacGiolla', 'Fitzmaurice', 'Ní Mhurchú', 'Zawadzki', 'Grabowska', 'Lewandowski', 'Kaczmarek',
  'Okonjo', 'Adewale', 'Nnamdi', 'Oyebanji', 'Phan', 'Dang', 'Huynh', 'Trinh', 'Ramaswamy', 'Iyer', 'Bhattacharya',
  'Kulkarni', 'Haddad', 'El-Masri', 'Al-Farsi', 'Nasrallah', 'Echeverría', 'de la Fuente', 'Villalobos', 'Castaño',
  'van der Veen', 'de Boer', 'van Dijk', 'ten Brink', 'Zhou', 'Guo', 'Lin', 'Choi', 'Yoon', 'Han', 'Georgiou',
  'Karagiannis', 'Papanikolaou', 'Takerei', 'Whitlock-Brown', 'Fairweather Jr.', 'Delacroix-Ng'];
const US_STREETS = ['Magnolia Drive', 'Sycamore Street', 'Oakwood Avenue', 'Prairie Lane', 'Harbor View Road', 'Willow Bend Court', 'Juniper Way'];
const US_TOWNS = [['Duluth', 'MN', '55803'], ['Rochester', 'MN', '55901'], ['Madison', 'WI', '53703'], ['Fargo', 'ND', '58102'], ['Des Moines', 'IA', '50309']];
const UK_STREETS = ['Chapel Row', 'Beech Grove', 'Tanners Lane', 'Victoria Terrace', 'Quarry Hill'];
const UK_TOWNS = [['Harrogate', 'HG1 2PT'], ['Truro', 'TR1 3DJ'], ['Lincoln', 'LN2 5HE'], ['Exeter', 'EX4 6NX']];
const AU_STREETS = ['Banksia Crescent', 'Wombat Road', 'Jacaranda Avenue', 'Lorikeet Street'];
const AU_TOWNS = [['Geelong', 'VIC', '3220'], ['Wollongong', 'NSW', '2500'], ['Toowoomba', 'QLD', '4350'], ['Fremantle', 'WA', '6160']];
const IE_STREETS = ['Bóthar na Trá', 'Mill Road', 'Castle Street', 'Ardmore Park'];
const IE_TOWNS = [['Galway', 'H91 E2K7'], ['Sligo', 'F91 X3C6'], ['Tralee', 'V92 P8W1'], ['Athlone', 'N37 Y4A9']];
const FR_STREETS = ['rue des Lilas', 'boulevard Voltaire', 'avenue Jean Jaurès', 'rue de la Paix'];
const FR_TOWNS = [['69007', 'Lyon'], ['33000', 'Bordeaux'], ['13006', 'Marseille'], ['31000', 'Toulouse']];
const DE_STREETS = ['Birkenweg', 'Schillerstraße', 'Am Markt', 'Goethestraße'];
const DE_TOWNS = [['50667', 'Köln'], ['20095', 'Hamburg'], ['04109', 'Leipzig'], ['70173', 'Stuttgart']];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ORD = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth'];
const DIGW = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
// [article, condition words]; the article stays outside the label
const COND = [['a ', 'cracked premolar'], ['an ', 'abscess'], ['', 'bleeding gums'], ['a ', 'swollen jaw'], ['', 'toothache'], ['', 'gum disease'],
  ['a ', 'chipped incisor'], ['', 'asthma'], ['', 'type 1 diabetes'], ['', 'high blood pressure'], ['', 'angina'], ['', 'acid reflux'],
  ['', 'dry mouth'], ['', 'sensitive teeth'], ['an ', 'infected wisdom tooth'], ['a ', 'swelling on my gum'], ['', 'sleep apnea']];
const CONDITIONS = COND.map(c => c[1]);
const cond = () => { const [a, t] = pick(COND); return a + L('MEDICAL_CONDITION', t); };
const ALLERGY_MEDS = ['penicillin', 'morphine', 'sulfa', 'erythromycin', 'aspirin', 'Keflex', 'tramadol'];
const MEDS = ['Eliquis', 'metformin', 'Ozempic', 'lisinopril', 'amoxicillin', 'ibuprofen', 'Brilinta', 'Januvia', 'gabapentin', 'losartan', 'Symbicort', 'naproxen'];
const DOMAINS = ['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'eircom.net', 'wanadoo.fr', 'gmx.de', 'bigpond.com'];

// ---- builders ----
const d = n => String(n);
const pad = (n, w) => String(n).padStart(w, '0');
const person = () => {
  const r = rnd();
  if (r < 0.5) return `${pick(GIVEN)} ${pick(SUR)}`;
  if (r < 0.7) return pick(GIVEN);
  if (r < 0.85) return `${pick(GIVEN)} ${pick(SUR)}`.toLowerCase();
  return pick(SUR);
};
function phone() {
  const k = int(0, 9);
  const n4 = () => pad(int(100, 199), 4);
  switch (k) {
    case 0: return `(${pick(['612', '651', '952', '763'])}) 555-${n4()}`;
    case 1: return `555-${n4()}`;
    case 2: return `+1 ${pick(['218', '507', '608'])} 555 ${n4()}`;
    case 3: return `07700 900${pad(int(0, 999), 3)}`;
    case 4: return `+44 20 7946 ${pad(int(0, 999), 4)}`;
    case 5: return `0491 57${int(0, 3)} ${pad(int(0, 999), 3)}`;
    case 6: return `+61 3 5550 ${pad(int(0, 9999), 4)}`;
    case 7: return `08${pick(['5', '6', '7'])} 555 ${n4()}`;
    case 8: return `0${int(6, 7)} ${pad(int(10, 99), 2)} ${pad(int(10, 99), 2)} ${pad(int(10, 99), 2)} ${pad(int(10, 99), 2)}`;
    default: return `+49 30 555${pad(int(0, 9999), 4)}`;
  }
}
function spokenPhone() {
  const digits = ['6', '1', '2', '5', '5', '5', '0', '1', String(int(0, 9)), String(int(0, 9))];
  return digits.map(x => x === '0' && rnd() < 0.6 ? 'oh' : DIGW[+x]).join(' ');
}
function address() {
  const k = int(0, 5);
  switch (k) {
    case 0: { const [t, s, z] = pick(US_TOWNS); return `${int(12, 9800)} ${pick(US_STREETS)}${rnd() < 0.3 ? ` Apt ${int(1, 30)}${pick(['A', 'B', 'C'])}` : ''}, ${t}, ${s} ${z}`; }
    case 1: { const [t, pc] = pick(UK_TOWNS); return `${rnd() < 0.3 ? `Flat ${int(1, 9)}, ` : ''}${int(1, 140)} ${pick(UK_STREETS)}, ${t} ${pc}`; }
    case 2: { const [t, s, pc] = pick(AU_TOWNS); return `${rnd() < 0.4 ? `${int(1, 12)}/` : ''}${int(2, 300)} ${pick(AU_STREETS)}, ${t} ${s} ${pc}`; }
    case 3: { const [t, ec] = pick(IE_TOWNS); return `${int(1, 60)} ${pick(IE_STREETS)}, ${t}, ${ec}`; }
    case 4: { const [pc, t] = pick(FR_TOWNS); return `${int(1, 120)} ${pick(FR_STREETS)}, ${pc} ${t}`; }
    default: { const [pc, t] = pick(DE_TOWNS); return `${pick(DE_STREETS)} ${int(1, 80)}, ${pc} ${t}`; }
  }
}
function dob() {
  const y = int(1938, 2019), m = int(1, 12), day = int(1, 20);
  const k = int(0, 4);
  if (k === 0) return `${m}/${day}/${y}`;
  if (k === 1) return `${MONTHS[m - 1]} ${day}, ${y}`;
  if (k === 2) return `the ${ORD[day - 1]} of ${MONTHS[m - 1]} ${y}`;
  if (k === 3) return `${pad(m, 2)}-${pad(day, 2)}-${String(y).slice(2)}`;
  return `${MONTHS[m - 1].slice(0, 3).toLowerCase()} ${day} ${String(y).slice(2)}`;
}
function email(name) {
  const parts = name.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z ]/g, '').split(' ').filter(Boolean);
  const user = parts.length > 1 ? `${parts[0]}.${parts[parts.length - 1]}` : `${parts[0]}${int(10, 99)}`;
  const dom = pick(DOMAINS);
  if (rnd() < 0.35) return `${user.replace('.', ' dot ')} at ${dom.replace(/\./g, ' dot ')}`;
  return `${user}@${dom}`;
}

const TEMPLATES = [
  () => `hi this is ${L('PERSON', person())}, my number is ${L('PHONE', phone())}`,
  () => `${L('PERSON', person())} here, I've got ${cond()} and need to be seen`,
  () => { const p = person(); return `um yeah it's ${L('PERSON', p.toLowerCase())} date of birth ${L('DATE_OF_BIRTH', dob())}`; },
  () => `can you update my address to ${L('STREET_ADDRESS', address())} please`,
  () => `I'm calling for ${L('PERSON', person())}, they take ${L('MEDICATION', pick(MEDS))}`,
  () => { const p = `${pick(GIVEN)} ${pick(SUR)}`; return `the email for ${L('PERSON', p)} is ${L('EMAIL', email(p))}`; },
  () => `call me back on ${L('PHONE', spokenPhone())} when the dentist is free`,
  () => `Dr ${L('PERSON', pick(SUR))} told me my ${L('MEDICAL_CONDITION', pick(CONDITIONS))} needs watching`,
  () => `I live at ${L('STREET_ADDRESS', address())} and my cell is ${L('PHONE', phone())}`,
  () => `${L('PERSON', person())}, born ${L('DATE_OF_BIRTH', dob())}, I'm on ${L('MEDICATION', pick(MEDS))}`,
  () => `my kid ${L('PERSON', pick(GIVEN))} has ${cond()} so we need an early slot`,
  () => `uh send it to ${L('EMAIL', email(person()))} thanks`,
  () => `the zip is ${L('POSTAL_CODE', pick(US_TOWNS)[2])} and my name's ${L('PERSON', pick(GIVEN))}`,
  () => `is doctor ${L('PERSON', pick(SUR).toLowerCase())} working on friday, my ${L('MEDICAL_CONDITION', pick(CONDITIONS))} is worse`,
  () => `it's ${L('PERSON', person())} from ${L('STREET_ADDRESS', address())}`,
  () => `I'm allergic to ${L('MEDICATION', pick(ALLERGY_MEDS))} and I'm ${L('MEDICAL_CONDITION', 'pregnant')}, ${int(8, 34)} weeks`,
  () => `my partner ${L('PERSON', pick(GIVEN))} can be reached at ${L('PHONE', phone())}`,
  () => `${L('PERSON', person())} ${L('PHONE', phone())} please call back`,
];

const lines = [];
const seen = new Set();
while (lines.length < 120) {
  const line = pick(TEMPLATES)();
  if (seen.has(line)) continue;
  seen.add(line);
  lines.push(line);
}
const header = '#! clinic: {"country":"US","phones":["(507) 555-0190"],"addresses":["610 Broadway Avenue North, Rochester, MN 55906"],"emails":["care@riverbendsmiles.com"]}';
const out = [header, '# generated by gen.mjs (set O), seed 0x5e7a0c31, 120 positive lines', '', ...lines.flatMap(l => [l, ''])].join('\n');
fs.writeFileSync(path.join(path.dirname(new URL(import.meta.url).pathname), 'generated.txt'), out);
console.log('wrote', lines.length, 'lines');
