// gen.mjs - deterministic generator for held-out set I. Plain Node.js 20, no dependencies.
// Writes generated.txt next to this file: 120 positive caller lines from hand-typed lexicons.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SEED = 0x1D2C0917; // fixed seed chosen for set I
function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6D2B79F5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = mulberry32(SEED);
const pick = (a) => a[Math.floor(rnd() * a.length)];
const chance = (p) => rnd() < p;
const digits = (n) => Array.from({ length: n }, () => Math.floor(rnd() * 10)).join('');

// ---- hand-typed lexicons ----
const GIVEN = [
  'Niamh', 'Cathal', 'Róisín', 'Oisín', 'Agnieszka', 'Bartosz', 'Małgorzata', 'Grzegorz', 'Chinonso', 'Emeka',
  'Funmilayo', 'Babatunde', 'Thuy', 'Quang', 'Huong', 'Minh Anh', 'Arjun', 'Deepika', 'Sai Kiran', 'Meenakshi',
  'Yousef', 'Layla', 'Khalid', 'Noor', 'Esperanza', 'Joaquín', 'Guadalupe', 'Rodrigo', 'Femke', 'Maarten',
  'Wei', 'Xiaoling', 'Zhiyuan', 'Ji-hoon', 'Seo-yeon', 'Dimitra', 'Stavros', 'Eleni', 'Tamsin', 'Lachlan',
  'Hamish', 'Brigid', 'Ruairí', 'Kwabena', 'Anh', 'Olamide', 'Rahul', 'Fatima', 'Inés', 'Cornelis'
];
const SURNAME = [
  "O'Sullivan", 'Mac Cárthaigh', 'Nowakowski', 'Brzęczyszczykiewicz', 'Zielińska', 'Okonjo', 'Balogun', 'Nwosu',
  'Adeleke', 'Pham', 'Trinh', 'Vo', 'Hoang', 'Raghunathan', 'Chattopadhyay', 'Iyer', 'Bhattacharya', 'Al-Farsi',
  'Haddad', 'El-Amin', 'Saleh', 'Villanueva', 'García Márquez', 'Ibarra', 'van der Linden', 'de Groot', 'van Dijk',
  'ten Brink', 'Zhou', 'Liang', 'Xu', 'Choi', 'Park', 'Baek', 'Papadopoulou', 'Christodoulou', 'Georgiou',
  'Penhaligon', 'Featherstonehaugh', 'McAllister', 'Boateng', 'Mensah', 'Nakamura', 'Kowalczyk-Byrne', 'Ó Briain',
  'Fitzpatrick Jr.', 'Schmidt-Rottluff', 'Lefebvre', 'Dubois', 'Mbeki'
];
const DOCTORS = ['Ogunleye', 'Kavanagh', 'Lindqvist', 'Ramaswamy', 'Beaumont', 'Tsang', 'Herrera', 'Wierzbicki', 'Mulcahy', 'Kaur'];

// street addresses by country: [house/unit part, street, town/region/post]
const ADDR = {
  US: [
    () => `${1 + Math.floor(rnd() * 9800)} ${pick(['Sycamore', 'Magnolia', 'Juniper', 'Chestnut', 'Catalpa', 'Buckeye', 'Pawnee'])} ${pick(['Street', 'Avenue', 'Blvd', 'Lane', 'Court'])}, ${pick(['Dayton, OH 45402', 'Tulsa, OK 74103', 'Boise, ID 83702', 'Mesa, AZ 85201', 'Albany, NY 12207'])}`,
    () => `${10 + Math.floor(rnd() * 990)} ${pick(['West', 'East', 'North', 'South'])} ${pick(['4th', '19th', '52nd', '110th'])} Street, Apt ${pick(['2R', '11C', '4B', '7'])}`,
    () => `PO Box ${100 + Math.floor(rnd() * 8900)}, ${pick(['Flagstaff, AZ', 'Duluth, MN', 'Macon, GA'])}`
  ],
  GB: [
    () => `${1 + Math.floor(rnd() * 200)} ${pick(['Wellington', 'Blenheim', 'Ashgrove', 'Cheapside', 'Tanners'])} ${pick(['Road', 'Close', 'Crescent', 'Lane', 'Gardens'])}, ${pick(['Bristol BS6 5QA', 'Sheffield S10 2TN', 'Norwich NR2 4PD', 'Cardiff CF24 3AA', 'York YO31 7EE'])}`,
    () => `Flat ${1 + Math.floor(rnd() * 20)}, ${1 + Math.floor(rnd() * 90)} ${pick(['Hope Street', 'Bold Street', 'Deansgate', 'Hyde Park Road'])}, ${pick(['Liverpool L1 9BB', 'Manchester M3 4LZ', 'Leeds LS6 2AS'])}`
  ],
  AU: [
    () => `${1 + Math.floor(rnd() * 40)}/${1 + Math.floor(rnd() * 300)} ${pick(['Bourke', 'Flinders', 'Ann', 'Hay', 'Murray'])} ${pick(['St', 'Street', 'Rd', 'Pde'])}, ${pick(['Fitzroy VIC 3065', 'Fortitude Valley QLD 4006', 'Perth WA 6000', 'Glebe NSW 2037', 'Hobart TAS 7000'])}`,
    () => `${1 + Math.floor(rnd() * 120)} ${pick(['Banksia', 'Kurrajong', 'Waratah', 'Bottlebrush'])} ${pick(['Drive', 'Crescent', 'Way'])}, ${pick(['Dubbo NSW 2830', 'Ballarat VIC 3350', 'Cairns QLD 4870'])}`
  ],
  IE: [
    () => `${1 + Math.floor(rnd() * 150)} ${pick(['Ranelagh Road', 'Dominick Street', 'Castle Street', 'Shandon Street', "O'Connell Avenue"])}, ${pick(['Dublin 6, D06 F9X2', 'Galway H91 E2K3', 'Limerick V94 T8N1', 'Sligo F91 A0C4'])}`,
    () => `Apartment ${1 + Math.floor(rnd() * 60)}, ${pick(['Spencer Dock', 'The Granary', 'Clancy Quay'])}, Dublin ${pick(['1', '8', '4'])}`
  ],
  FR: [
    () => `${1 + Math.floor(rnd() * 140)} ${pick(['rue de la Roquette', 'boulevard Voltaire', 'rue Sainte-Catherine', 'avenue Jean Jaurès', 'quai de la Fosse'])}, ${pick(['75011 Paris', '33000 Bordeaux', '69007 Lyon', '44000 Nantes'])}`
  ],
  DE: [
    () => `${pick(['Bergmannstraße', 'Sonnenallee', 'Maximilianstraße', 'Kaiser-Wilhelm-Ring', 'Ehrenfeldgürtel'])} ${1 + Math.floor(rnd() * 180)}${pick(['', 'a', 'b'])}, ${pick(['10961 Berlin', '80539 München', '50672 Köln', '20099 Hamburg', '60311 Frankfurt am Main'])}`
  ]
};
const PHONE = {
  US: [() => `(${pick(['202', '312', '415', '503', '614', '713'])}) 555-01${digits(2)}`, () => `+1 ${pick(['347', '929', '480'])} 555 01${digits(2)}`, () => `555-01${digits(2)}`],
  GB: [() => `07700 900${digits(3)}`, () => `+44 7700 900${digits(3)}`, () => `0161 496 0${digits(3)}`, () => `020 7946 0${digits(3)}`],
  AU: [() => `0491 570 ${digits(3)}`, () => `+61 491 570 ${digits(3)}`, () => `(02) 5550 ${digits(4)}`, () => `(03) 7010 ${digits(4)}`],
  IE: [() => `08${pick(['3', '5', '6', '7'])} 555 ${digits(4)}`, () => `+353 8${pick(['5', '7'])} 555 ${digits(4)}`, () => `01 555 ${digits(4)}`],
  FR: [() => `06 ${digits(2)} ${digits(2)} ${digits(2)} ${digits(2)}`, () => `+33 7 ${digits(2)} ${digits(2)} ${digits(2)} ${digits(2)}`, () => `01 ${digits(2)} ${digits(2)} ${digits(2)} ${digits(2)}`],
  DE: [() => `030 555${digits(4)}`, () => `+49 151 555 ${digits(5)}`, () => `0171 555 ${digits(4)}`]
};
const WORD = ['oh', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
function spokenPhone(p) {
  const ds = p.replace(/\+/g, 'plus ').replace(/[()\-]/g, ' ').split(/\s+/).filter(Boolean);
  const out = [];
  for (const g of ds) {
    if (g === 'plus') { out.push('plus'); continue; }
    const parts = [];
    for (let i = 0; i < g.length; i++) {
      if (i + 2 < g.length && g[i] === g[i + 1] && g[i] === g[i + 2] && chance(0.7)) { parts.push('triple ' + WORD[+g[i]]); i += 2; }
      else if (i + 1 < g.length && g[i] === g[i + 1] && chance(0.7)) { parts.push('double ' + WORD[+g[i]]); i += 1; }
      else parts.push(g[i] === '0' && chance(0.3) ? 'zero' : WORD[+g[i]]);
    }
    out.push(parts.join(' '));
  }
  return out.join(', ').replace(/^plus, /, 'plus ');
}
const CONDITIONS = ['a cracked tooth', 'an abscess', 'sleep apnea', 'type 2 diabetes', 'afib', 'bleeding gums', 'a swollen jaw', 'TMJ', 'COPD', 'high blood pressure', 'asthma', 'a dental fistula'];
const MEDS = ['metformin', 'Eliquis', 'amoxicillin', 'clindamycin', 'Lipitor', 'Keppra', 'prednisone', 'Advil', 'Brilinta', 'gabapentin'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ORD = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth', 'twenty-first', 'twenty-second', 'twenty-third', 'twenty-fourth', 'twenty-fifth', 'twenty-sixth', 'twenty-seventh', 'twenty-eighth'];
function dob(country) {
  const y = 1938 + Math.floor(rnd() * 60), m = Math.floor(rnd() * 12), d = Math.floor(rnd() * 28);
  const pad = (n) => String(n).padStart(2, '0');
  return pick([
    () => country === 'US' ? `${m + 1}/${d + 1}/${y}` : `${pad(d + 1)}/${pad(m + 1)}/${y}`,
    () => `the ${ORD[d]} of ${MONTHS[m]} ${y}`,
    () => `${MONTHS[m]} ${d + 1}, ${y}`,
    () => country === 'DE' ? `${pad(d + 1)}.${pad(m + 1)}.${y}` : `${MONTHS[m].slice(0, 3).toLowerCase()} ${d + 1} ${String(y).slice(2)}`
  ])();
}

// segment helpers: a line is a list of strings and {t, v} entities
const E = (t, v) => ({ t, v });
function person() {
  const r = rnd();
  if (r < 0.15) return [E('PERSON', pick(GIVEN))];
  if (r < 0.25) return [E('PERSON', pick(SURNAME))];
  return [E('PERSON', `${pick(GIVEN)} ${pick(SURNAME)}`)];
}
function emailFor(seg) {
  const name = seg.v.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ł/g, 'l').replace(/[^a-z ]/g, '').trim().split(/\s+/);
  const dom = pick(['gmail.com', 'outlook.com', 'yahoo.co.uk', 'eircom.net', 'bigpond.com', 'gmx.de', 'orange.fr']);
  const user = name.length > 1 ? `${name[0]}.${name[name.length - 1]}` : `${name[0]}${digits(2)}`;
  return chance(0.4) ? `${user.replace('.', ' dot ')} at ${dom.replace(/\./g, ' dot ')}` : `${user}@${dom}`;
}
const COUNTRIES = ['US', 'US', 'US', 'GB', 'AU', 'IE', 'FR', 'DE'];
const TEMPLATES = [
  (c) => { const p = person(); return ['hi, this is ', ...p, ', my number is ', E('PHONE', pick(PHONE[c])())]; },
  (c) => { const p = person(); return [...p, ' here, I moved to ', E('STREET_ADDRESS', pick(ADDR[c])()), ' so please update my file']; },
  (c) => ['um yeah you can reach me on ', E('PHONE', spokenPhone(pick(PHONE[c])())), ' any time after five'],
  (c) => { const p = person(); return ["it's for my mother ", ...p, ', she was born ', E('DATE_OF_BIRTH', dob(c))]; },
  (c) => { const p = person(); return ['calling on behalf of ', ...p, ', the address on the account is ', E('STREET_ADDRESS', pick(ADDR[c])())]; },
  (c) => { const p = person(); return ['my name is ', ...p, ' and I have ', ...cond(), ', I take ', E('MEDICATION', pick(MEDS))]; },
  (c) => { const p = person(); return ['Dr. ', E('PERSON', pick(DOCTORS)), ' told me to ring, I\'m ', ...p, ', on ', E('PHONE', pick(PHONE[c])())]; },
  (c) => { const p = person(); return [...p, ', email ', E('EMAIL', emailFor(p[0])), ', phone ', E('PHONE', pick(PHONE[c])())]; },
  (c) => ['the bill should go to ', E('STREET_ADDRESS', pick(ADDR[c])()), ', attention ', ...person()],
  (c) => { const p = person(); return ['yeah so ', ...p, ' date of birth ', E('DATE_OF_BIRTH', dob(c)), ' number ', E('PHONE', pick(PHONE[c])())]; },
  (c) => [pick(['my husband ', 'my partner ', 'my dad ']), ...person(), ' is on ', E('MEDICATION', pick(MEDS)), ' for ', ...cond(), ', can they still come in'],
  (c) => { const a = pick(ADDR[c])(); return ["we're at ", E('STREET_ADDRESS', a), ', I\'m ', ...person(), ", and I've got ", ...cond()]; }
];
function cond() {
  const c = pick(CONDITIONS);
  const m = /^(a|an) (.*)$/.exec(c);
  return m ? [m[1] + ' ', E('MEDICAL_CONDITION', m[2])] : [E('MEDICAL_CONDITION', c)];
}
function render(segs, asr) {
  return segs.map((s) => {
    if (typeof s === 'string') return asr ? s.toLowerCase().replace(/[,.]/g, '').replace(/i'm/g, 'im') : s;
    const v = asr ? s.v.toLowerCase().replace(/,/g, '') : s.v;
    return `[[${s.t}|${v}]]`;
  }).join('').replace(/\s+/g, ' ').trim();
}
const lines = [];
const seen = new Set();
let tries = 0;
while (lines.length < 120 && tries++ < 10000) {
  const c = pick(COUNTRIES);
  const t = TEMPLATES[lines.length % TEMPLATES.length];
  const asr = chance(0.4);
  const segs = t(c);
  let line = render(segs, asr);
  if (!asr && !/[.?!]$/.test(line)) line += '.';
  if (seen.has(line)) continue;
  seen.add(line);
  lines.push(line);
}
const header = '#! clinic: {"country":"US","phones":["(503) 555-0116"],"addresses":["930 SE Hawthorne Blvd, Portland, OR 97214"],"emails":["care@hawthornedentalarts.com"]}';
const out = [header, `# generated by gen.mjs, seed ${SEED}; ${lines.length} positive lines`, ''];
for (const l of lines) out.push(l, '');
const dir = path.dirname(fileURLToPath(import.meta.url));
fs.writeFileSync(path.join(dir, 'generated.txt'), out.join('\n'));
console.log(`wrote ${lines.length} lines to generated.txt`);
