// gen.mjs — set J generator. Plain Node.js 20, no dependencies, deterministic (seed below).
// Writes generated.txt next to this script: 120 positive caller lines from hand-typed lexicons.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SEED = 0x4A2026; // fixed seed for set J
function mulberry32(a) { return function () { a |= 0; a = a + 0x6D2B79F5 | 0; let t = Math.imul(a ^ a >>> 15, 1 | a); t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t; return ((t ^ t >>> 14) >>> 0) / 4294967296; }; }
const rnd = mulberry32(SEED);
const pick = a => a[Math.floor(rnd() * a.length)];
const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
const L = (t, x) => `[[${t}|${x}]]`;

// ---- hand-typed lexicons ----
const GIVEN = {
  irish: ['Caoimhe', 'Oisín', 'Tadhg', 'Gráinne', 'Ruairí', 'Clodagh', 'Fiachra', 'Méabh'],
  polish: ['Bożena', 'Przemysław', 'Grzegorz', 'Jadwiga', 'Łukasz', 'Zofia', 'Katarzyna'],
  nigerian: ['Chiamaka', 'Oluwatobi', 'Emeka', 'Funmilayo', 'Babatunde', 'Ifeoma', 'Uchenna'],
  vietnamese: ['Phuong', 'Quang Minh', 'Linh', 'Duc', 'Thu Trang', 'Khanh'],
  indian: ['Anirudh', 'Lakshmi', 'Harpreet', 'Devika', 'Sandeep', 'Meenakshi', 'Arjun'],
  arabic: ['Yousef', 'Layla', 'Hamza', 'Rania', 'Omar', 'Mariam', 'Tariq'],
  spanish: ['Ximena', 'Joaquín', 'Maite', 'Rodrigo', 'Guadalupe', 'Iñaki'],
  dutch: ['Maarten', 'Femke', 'Joost', 'Lieke', 'Bram'],
  chinese: ['Xiaoming', 'Jiahui', 'Zhiwei', 'Yuting', 'Haoran'],
  korean: ['Ji-hoon', 'Seo-yeon', 'Min-jun', 'Ha-eun', 'Dong-hyun'],
  greek: ['Panagiotis', 'Eleni', 'Dimitra', 'Konstantinos', 'Athanasia'],
  wordlike: ['Grace', 'Hope', 'May', 'Will', 'Mark', 'Rose', 'Bill', 'Faith', 'Joy', 'Art', 'Dawn', 'Sunny'],
};
const SURNAME = {
  irish: ["Ní Chonaill", "O'Flaherty", 'Mac Giolla Phádraig', 'Donnelly', "Ó Dálaigh", 'Breathnach'],
  polish: ['Wiśniewska', 'Grzybowski', 'Szczepańska', 'Dąbrowski', 'Przybylski'],
  nigerian: ['Okonjo', 'Adewale', 'Nwosu', 'Ogunleye', 'Eze-Umeh', 'Balogun'],
  vietnamese: ['Nguyen', 'Tran', 'Pham', 'Hoang', 'Vu', 'Dang'],
  indian: ['Raghunathan', 'Bhattacharjee', 'Kaur Grewal', 'Iyer', 'Menon', 'Chaudhary'],
  arabic: ['Al-Khatib', 'Haddad', 'El-Sayed', 'Abu Samra', 'Mansour'],
  spanish: ['García-Lozano', 'de la Fuente', 'Echeverría', 'Villalobos', 'Núñez'],
  dutch: ['van der Linde', 'de Vries', 'van den Broek', 'ter Horst', 'van Dijk'],
  chinese: ['Zhang', 'Liang', 'Xu', 'Guo', 'Wong'],
  korean: ['Kim', 'Park', 'Choi', 'Jeong', 'Seo'],
  greek: ['Papadopoulou', 'Georgiou', 'Konstantinidis', 'Alexiou'],
  wordlike: ['Fox', 'Baker', 'Young', 'Marsh', 'Stone', 'Hill'],
};
const SUFFIX = ['Junior', 'Jr', 'the third', 'Senior'];
const ORIGINS = Object.keys(GIVEN);

const STREETS = {
  US: { names: ['Magnolia Avenue', 'West Alder Street', 'Cottonwood Drive', 'Lakeview Terrace', 'N. Clark Street', 'Peachtree Road'], towns: ['Worcester, MA 01609', 'Akron, OH 44303', 'Tucson, AZ 85719', 'Chicago, IL 60614', 'Atlanta, GA 30305'] },
  UK: { names: ['Gorse Lane', 'Victoria Road', 'Ashfield Crescent', 'Canal Street', 'Badger Close'], towns: ['Bristol BS3 4TT', 'Norwich NR2 1QH', 'Cardiff CF24 3DG', 'Glasgow G12 8QQ', 'Leicester LE2 7EW'] },
  AU: { names: ['Banksia Street', 'Kookaburra Court', 'Rundle Street', 'Jacaranda Avenue', 'Esplanade'], towns: ['Fremantle WA 6160', 'Newtown NSW 2042', 'Bendigo VIC 3550', 'Cairns QLD 4870'] },
  IE: { names: ['Sráid an Mhuilinn', 'Griffith Avenue', 'Bóthar na Trá', 'Castle Street', 'Harbour View'], towns: ['Drumcondra, Dublin 9', 'Salthill, Galway H91 F6K2', 'Tralee, Co. Kerry V92 X4E2', 'Sligo F91 R2T7'] },
  FR: { names: ['rue de la République', 'avenue Jean Jaurès', 'boulevard Voltaire', 'impasse des Tilleuls'], towns: ['69007 Lyon', '33000 Bordeaux', '13005 Marseille', '31000 Toulouse'] },
  DE: { names: ['Bahnhofstraße', 'Eichendorffweg', 'Goethestraße', 'Am Mühlbach', 'Kastanienallee'], towns: ['10435 Berlin', '50667 Köln', '20095 Hamburg', '04109 Leipzig'] },
};
function address(cc) {
  const s = STREETS[cc]; const n = int(1, 240); const st = pick(s.names); const town = pick(s.towns);
  const unit = rnd() < 0.3 ? pick(['Apt 4C, ', 'Flat 2, ', 'Unit 7/', 'Suite 12, ', '']) : '';
  if (cc === 'FR') return `${n} ${st}, ${town}`;
  if (cc === 'DE') return `${st} ${n}, ${town}`;
  if (unit === 'Unit 7/') return `Unit 7/${n} ${st}, ${town}`;
  return `${unit}${n} ${st}, ${town}`;
}
const DIG = ['oh', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
function spoken(ds) { // digits -> spoken, with double/triple
  const out = []; for (let i = 0; i < ds.length;) {
    if (ds[i] === ' ') { i++; continue; }
    let j = i; while (ds[j] === ds[i]) j++; const run = j - i;
    if (run === 3) { out.push('triple ' + DIG[+ds[i]]); i = j; } else if (run === 2) { out.push('double ' + DIG[+ds[i]]); i = j; } else { out.push(DIG[+ds[i]]); i++; }
  } return out.join(' ');
}
const d = n => Array.from({ length: n }, () => int(0, 9)).join('');
const PHONES = [
  () => `(${pick(['312', '404', '520', '617', '330'])}) 555-01${int(10, 99)}`,
  () => `555-01${int(10, 99)}`,
  () => `+1 ${pick(['212', '646', '415'])} 555 01${int(10, 99)}`,
  () => `07700 900${int(100, 999)}`,
  () => `+44 7700 900${int(100, 999)}`,
  () => `0117 496 0${int(100, 999)}`,
  () => `0491 570 ${int(100, 999)}`,
  () => `+61 491 570 ${int(100, 999)}`,
  () => `(08) 5550 ${int(1000, 9999)}`,
  () => `08${int(3, 7)} ${d(3)} ${d(4)}`,
  () => `+353 8${int(3, 7)} ${d(3)} ${d(4)}`,
  () => `06 ${d(2)} ${d(2)} ${d(2)} ${d(2)}`,
  () => `+33 7 ${d(2)} ${d(2)} ${d(2)} ${d(2)}`,
  () => `030 ${d(7)}`,
  () => `+49 151 ${d(4)} ${d(4)}`,
  () => spoken(`07700900${int(100, 999)}`),
  () => spoken(`555${int(0, 1)}1${d(2)}`),
];
const CONDITIONS = ['toothache', 'swollen gums', 'a cracked filling', 'diabetes', 'high blood pressure', 'asthma', 'sensitive teeth', 'a sore jaw', 'an abscess', 'migraines', 'acid reflux', 'a dry mouth', 'bleeding gums', 'an infection'];
const MEDS = ['metformin', 'Eliquis', 'amlodipine', 'Ventolin', 'levothyroxine', 'Nexium', 'clindamycin', 'Tylenol', 'gabapentin', 'Plavix', 'prednisone', 'naproxen'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ORD = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth'];
function dob() {
  const m = int(1, 12), day = int(1, 20), y = int(1938, 2012);
  return pick([
    () => `${m}/${day}/${y}`,
    () => `${MONTHS[m - 1]} ${day}, ${y}`,
    () => `the ${ORD[day - 1]} of ${MONTHS[m - 1]} ${y}`,
    () => `${MONTHS[m - 1].slice(0, 3).toLowerCase()} ${day} ${String(y).slice(2)}`,
    () => `${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}-${y}`,
  ])();
}
function insId() {
  return pick([
    () => `${pick(['XJK', 'W', 'MBR', 'H'])}${d(9)}`,
    () => `${pick(['A', 'K', 'Z'])} ${d(3)} ${d(3)} ${d(3)}`,
    () => `${int(1, 9)}${pick(['EG', 'TK', 'QR'])}${int(1, 9)}-${pick(['TE', 'HN'])}${int(1, 9)}-${pick(['MK', 'PW'])}${d(2)}`,
  ])();
}
function condSplit(c) { // keep articles outside the label
  const m = c.match(/^(a|an) (.*)$/); return m ? `${m[1]} ${L('MEDICAL_CONDITION', m[2])}` : L('MEDICAL_CONDITION', c);
}
function person() {
  const o = pick(ORIGINS); let g = pick(GIVEN[o]); const s = pick(SURNAME[pick([o, o, pick(ORIGINS)])]);
  const r = rnd();
  if (r < 0.15) return { text: g, kind: 'given' };
  if (r < 0.25) return { text: s, kind: 'surname' };
  let full = `${g} ${s}`; if (rnd() < 0.07) full += ' ' + pick(SUFFIX);
  return { text: full, kind: 'full' };
}
const lower = x => x.toLowerCase();

const TEMPLATES = [
  () => { const p = person(); const asr = rnd() < 0.5; const n = asr ? lower(p.text) : p.text; return `${asr ? 'uh hi' : 'Hi,'} ${L('PERSON', n)} here${asr ? ' i' : ', I'} need to reschedule`; },
  () => { const p = person(); return `it's ${L('PERSON', lower(p.text))} calling back, you can reach me at ${L('PHONE', pick(PHONES)())}`; },
  () => { const p = person(); return `${L('PERSON', p.text)}, ${L('DATE_OF_BIRTH', dob())}, calling about my bill`; },
  () => { const cc = pick(Object.keys(STREETS)); return `the address on file should be ${L('STREET_ADDRESS', address(cc))} now`; },
  () => { const cc = pick(Object.keys(STREETS)); const p = person(); return `I'm ${L('PERSON', p.text)} and I moved to ${L('STREET_ADDRESS', address(cc))}`; },
  () => `my number is ${L('PHONE', pick(PHONES)())} if the line drops`,
  () => { const p = person(); const [rel, pr] = pick([['mother', 'she'], ['son', 'he'], ['husband', 'he'], ['flatmate', 'they'], ['grandad', 'he'], ['daughter', 'she'], ['wife', 'she']]); const v = pr === 'they' ? pick(['have', "'ve got"]) : pick(['has', "'s got"]); return `calling for my ${rel} ${L('PERSON', p.text)}, ${pr}${v.startsWith("'") ? v : ' ' + v} ${condSplit(pick(CONDITIONS))}`; },
  () => { const m = pick(MEDS); return `um i take ${L('MEDICATION', m)} every morning and i have ${condSplit(pick(CONDITIONS))}`; },
  () => { const p = person(); return `${L('PERSON', p.text)}, member id ${L('INSURANCE_ID', insId())}`; },
  () => { const s = pick(SURNAME[pick(ORIGINS)]).replace(/[^A-Za-zÀ-ž]/g, '').toUpperCase(); return `the last name is ${L('PERSON', s.split('').join('-'))}`; },
  () => { return `can I see Dr. ${L('PERSON', pick(SURNAME[pick(ORIGINS)]))} again, she did my ${pick(['crown', 'filling', 'cleaning'])}`; },
  () => { const p = person(); return `${lower(pick(['yeah so', 'ok so', 'hello']))} ${L('PERSON', lower(p.text))} ${L('PHONE', pick(PHONES)())} ${L('DATE_OF_BIRTH', dob())}`; },
  () => { const cc = pick(['US', 'UK', 'AU', 'IE']); const p = person(); return `${L('PERSON', p.text)} at ${L('STREET_ADDRESS', address(cc))}, ${L('PHONE', pick(PHONES)())}, I've got ${condSplit(pick(CONDITIONS))}`; },
  () => `since Monday I've been on ${L('MEDICATION', pick(MEDS))} and ${L('MEDICATION', pick(MEDS))} for ${condSplit(pick(CONDITIONS))}`,
  () => { const p = person(); const h = pick(['Dr', 'Doctor']); return `${L('PERSON', p.text)} here, ${h} ${L('PERSON', pick(SURNAME[pick(ORIGINS)]))} told me to call`; },
];
const lines = [];
const seen = new Set();
while (lines.length < 120) {
  const t = TEMPLATES[lines.length % TEMPLATES.length];
  const l = t();
  if (seen.has(l)) continue; seen.add(l); lines.push(l);
}
const header = '#! clinic: {"country":"US","phones":["(520) 555-0117"],"addresses":["2600 E Speedway Blvd, Tucson, AZ 85716"],"emails":["appointments@desertbloomdental.com"]}';
const out = [header, `# generated.txt — written by gen.mjs (seed ${SEED}); 120 positive single-line items. Do not edit by hand.`, ''];
for (const l of lines) out.push(l, '');
fs.writeFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), 'generated.txt'), out.join('\n'));
console.log('wrote', lines.length, 'lines');
