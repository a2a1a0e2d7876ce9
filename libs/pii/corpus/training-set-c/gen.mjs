#!/usr/bin/env node
// set-c generator: writes generated.txt next to this file.
// Plain Node.js 20, no dependencies, deterministic (fixed seed). All lexicons below are hand-typed for
// this set by a helper session that never saw the redaction engine.
// Output: one header line (US clinic) + 120 positive items (single caller lines and short dialogues).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SEED = 0x5e7c2026;
function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = mulberry32(SEED);
const pick = a => a[Math.floor(rnd() * a.length)];
const chance = p => rnd() < p;
const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
const digits = n => Array.from({ length: n }, () => int(0, 9)).join('');

const CLINIC = { country: 'US', phones: ['(541) 555-0106'], addresses: ['915 Oak Street, Suite 200, Eugene, OR 97401'], emails: ['hello@mckenziebridgedental.com'] };

// ---------- names (given, surname) by origin ----------
const NAMES = {
  irish: [['Caoimhe', 'Ó Dálaigh'], ['Fionnuala', 'MacNamara'], ['Tadhg', "O'Donoghue"], ['Sorcha', 'Breathnach'], ['Cathal', 'Mac Cárthaigh'], ['Orla', "O'Brien-Walsh"]],
  polish: [['Zbigniew', 'Krawczyk'], ['Jadwiga', 'Szymańska'], ['Przemysław', 'Wróbel'], ['Bożena', 'Kaczmarek'], ['Kacper', 'Dąbrowski']],
  nigerian: [['Chidinma', 'Okonjo'], ['Olumide', 'Bakare'], ['Ngozi', 'Eze-Nwosu'], ['Babatunde', 'Ogunleye'], ['Ifeoma', 'Anyanwu'], ['Emeka', 'Nwachukwu']],
  vietnamese: [['Phuong', 'Truong'], ['Minh Khoa', 'Vo'], ['Ngoc Anh', 'Huynh'], ['Quang', 'Dinh'], ['Thao', 'Bui']],
  indian: [['Ananya', 'Subramanian'], ['Vikram', 'Chattopadhyay'], ['Lakshmi', 'Reddy'], ['Arjun', 'Mehta'], ['Nandini', 'Kulkarni'], ['Sandeep', 'Gill']],
  arabic: [['Yousef', 'Al-Khatib'], ['Rania', 'Haddad'], ['Omar', 'El-Sayed'], ['Layla', 'Abu-Ghazaleh'], ['Karim', 'Nassar']],
  spanish: [['Itziar', 'Etxeberria'], ['Joaquín', 'Ibáñez Soto'], ['Guadalupe', 'Ramírez'], ['Consuelo', 'Vargas Llosa'], ['Rodrigo', 'Peña']],
  dutch: [['Sanne', 'van den Heuvel'], ['Pieter', 'de Wit'], ['Femke', 'van der Linden'], ['Bram', 'ter Horst'], ['Maartje', 'van Dijk']],
  chinese: [['Xiuying', 'Zhang'], ['Wei', 'Liang'], ['Jiahui', 'Zhou'], ['Hao', 'Xu'], ['Meiling', 'Guo']],
  korean: [['Seo-yeon', 'Jung'], ['Min-jun', 'Kang'], ['Ji-hoon', 'Yoon'], ['Hye-jin', 'Lim'], ['Dong-hyun', 'Shin']],
  greek: [['Konstantinos', 'Alexopoulos'], ['Despina', 'Karamanlis'], ['Spyros', 'Vlachos'], ['Eirini', 'Georgiou']],
  turkish: [['Emre', 'Çelik'], ['Zeynep', 'Aydın'], ['Burak', 'Demir'], ['Selin', 'Koç'], ['Murat', 'Şahin']],
  filipino: [['Maricel', 'Dela Cruz'], ['Jericho', 'Bautista'], ['Lorna', 'Macaraeg'], ['Rommel', 'Santos-Villanueva']],
  ethiopian: [['Selamawit', 'Tesfaye'], ['Dawit', 'Haile'], ['Meron', 'Bekele'], ['Yonas', 'Alemu']],
  maori: [['Hemi', 'Parata'], ['Mereana', 'Tūhoe-Smith'], ['Tama', 'Ruatapu'], ['Anahera', 'Waititi']],
  other: [['Bill', 'Hathaway Junior'], ['Grace', 'Kowalczyk-Mbeki'], ['Rose', 'McAllister'], ['Hope', 'Adeleke'], ['Mark', 'Villeneuve'], ['May', 'Takahashi']],
};
const ORIGINS = Object.keys(NAMES);

// ---------- places ----------
const US_STREETS = [['Alder', 'Street'], ['Hawthorne', 'Boulevard'], ['Magnolia', 'Avenue'], ['Birchwood', 'Court'], ['Sycamore Ridge', 'Road'], ['Cottonwood', 'Lane'], ['Juniper', 'Way']];
const US_TOWNS = [['Springfield', 'OR', '97477'], ['Boise', 'ID', '83702'], ['Tacoma', 'WA', '98402'], ['Sacramento', 'CA', '95814'], ['Reno', 'NV', '89501'], ['Albuquerque', 'NM', '87102']];
const UK_STREETS = ['Coronation Street', 'Belgrave Road', 'Moorland Avenue', 'Tithebarn Lane', 'Wellington Crescent', 'Abbey Mews'];
const UK_TOWNS = [['Sheffield', 'S10 2TN'], ['Norwich', 'NR2 4PD'], ['Cardiff', 'CF24 3AA'], ['Glasgow', 'G12 8QQ'], ['Exeter', 'EX4 6PX']];
const AU_STREETS = ['Banksia Street', 'Wattle Avenue', 'Jacaranda Parade', 'Kookaburra Close', 'Murray Street'];
const AU_TOWNS = [['Paddington', 'QLD', '4064'], ['Fremantle', 'WA', '6160'], ['Glenelg', 'SA', '5045'], ['Newtown', 'NSW', '2042'], ['Footscray', 'VIC', '3011']];
const IE_STREETS = ['Sráid an Mhuilinn', 'Castle Street', 'Bóthar na Trá', 'Patrick Street', 'Church View'];
const IE_TOWNS = [['Killarney', 'Co. Kerry', 'V93 FX26'], ['Sligo', 'Co. Sligo', 'F91 K7W2'], ['Clonmel', 'Co. Tipperary', 'E91 V2P3'], ['Dundalk', 'Co. Louth', 'A91 H6C8']];
const FR_STREETS = ['rue des Lilas', 'boulevard Voltaire', 'avenue Jean-Jaurès', 'rue du Faubourg Saint-Antoine', 'place Bellecour'];
const FR_TOWNS = [['Lyon', '69002'], ['Nantes', '44000'], ['Bordeaux', '33000'], ['Lille', '59800'], ['Marseille', '13006']];
const DE_STREETS = ['Kastanienallee', 'Bahnhofstraße', 'Am Lindenhof', 'Goethestraße', 'Weidenweg'];
const DE_TOWNS = [['Hamburg', '20357'], ['Köln', '50667'], ['Leipzig', '04109'], ['Freiburg im Breisgau', '79098'], ['Dresden', '01067']];
// Canadian streets paired with their own city
const CA_PLACES = [['Maple Crescent', 'Winnipeg', 'MB', 'R3C 4T3'], ['Quinpool Road', 'Halifax', 'NS', 'B3H 1T5'], ['Jasper Avenue', 'Edmonton', 'AB', 'T5J 0N3'], ['rue Saint-Jean', 'Québec', 'QC', 'G1R 4S9'], ['Spadina Crescent East', 'Saskatoon', 'SK', 'S7K 1J5']];
const CA_TOWNS = CA_PLACES.map(p => p.slice(1));

const ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
function say2(n) { if (n < 10) return ONES[n]; if (n < 20) return TEENS[n - 10]; return TENS[Math.floor(n / 10)] + (n % 10 ? ' ' + ONES[n % 10] : ''); }
function sayHouse(n) { // how people say house numbers: 1432 -> fourteen thirty two, 207 -> two oh seven
  if (n < 100) return say2(n);
  if (n < 1000) { const h = Math.floor(n / 100), r = n % 100; return ONES[h] + ' ' + (r === 0 ? 'hundred' : r < 10 ? 'oh ' + ONES[r] : say2(r)); }
  const a = Math.floor(n / 100), b = n % 100; return say2(a) + ' ' + (b === 0 ? 'hundred' : b < 10 ? 'oh ' + ONES[b] : say2(b));
}
function sayDigits(s, style) { // digit string -> spoken; style may use "oh" and double/triple
  const out = []; const ch = s.replace(/\D/g, '').split('');
  for (let i = 0; i < ch.length;) {
    let run = 1; while (i + run < ch.length && ch[i + run] === ch[i] && run < 3) run++;
    const w = ch[i] === '0' && style.oh ? 'oh' : ONES[+ch[i]];
    if (run === 3 && style.multi) { out.push('triple ' + w); i += 3; }
    else if (run >= 2 && style.multi) { out.push('double ' + w); i += 2; }
    else { out.push(w); i += 1; }
  }
  return out.join(' ');
}

function address() {
  const c = pick(['US', 'US', 'UK', 'AU', 'IE', 'FR', 'DE', 'CA']);
  switch (c) {
    case 'US': {
      const [s, suf] = pick(US_STREETS), [t, st, zip] = pick(US_TOWNS), n = int(12, 9870);
      if (chance(0.35)) return { text: `${sayHouse(n)} ${s.toLowerCase()} ${suf.toLowerCase()}`, country: c, spoken: true };
      const unit = chance(0.4) ? `, ${pick(['Apt', 'Unit', 'Suite'])} ${int(1, 40)}${pick(['', 'A', 'B'])}` : '';
      return { text: `${n} ${s} ${suf}${unit}, ${t}, ${st} ${zip}`, country: c };
    }
    case 'UK': { const [t, pc] = pick(UK_TOWNS); const flat = chance(0.4) ? `Flat ${int(1, 9)}, ` : ''; return { text: `${flat}${int(2, 240)} ${pick(UK_STREETS)}, ${t} ${pc}`, country: c }; }
    case 'AU': { const [t, st, pc] = pick(AU_TOWNS); const u = chance(0.5) ? `${int(1, 12)}/` : ''; return { text: `${u}${int(3, 180)} ${pick(AU_STREETS)}, ${t} ${st} ${pc}`, country: c }; }
    case 'IE': { const [t, co, ec] = pick(IE_TOWNS); return { text: `${int(1, 60)} ${pick(IE_STREETS)}, ${t}, ${co}, ${ec}`, country: c }; }
    case 'FR': { const [t, cp] = pick(FR_TOWNS); return { text: `${int(1, 120)}${pick(['', ' bis'])} ${pick(FR_STREETS)}, ${cp} ${t}`, country: c }; }
    case 'DE': { const [t, plz] = pick(DE_TOWNS); return { text: `${pick(DE_STREETS)} ${int(1, 90)}${pick(['', 'a', 'b'])}, ${plz} ${t}`, country: c }; }
    default: { const [st, t, pr, pc] = pick(CA_PLACES); const u = chance(0.5) ? `${int(1, 24)}${pick(['', '0', '1'])}${int(1, 9)}-` : ''; return { text: `${u}${int(10, 990)} ${st}, ${t}, ${pr} ${pc}`, country: c }; }
  }
}

function postcode() {
  const all = [...US_TOWNS.map(t => t[2]), ...UK_TOWNS.map(t => t[1]), ...AU_TOWNS.map(t => t[2]), ...IE_TOWNS.map(t => t[2]), ...FR_TOWNS.map(t => t[1]), ...DE_TOWNS.map(t => t[1]), ...CA_TOWNS.map(t => t[2])];
  const p = pick(all);
  if (/^\d{5}$/.test(p) && chance(0.4)) return sayDigits(p, { oh: chance(0.5), multi: false });
  return p;
}

function phone() {
  const k = pick(['us', 'us', 'usIntl', 'usSpoken', 'uk', 'ukIntl', 'ukLand', 'au', 'auIntl', 'auLand', 'ie', 'ieIntl', 'fr', 'frIntl', 'de', 'deIntl', 'ca', 'caIntl']);
  const x2 = () => String(int(0, 99)).padStart(2, '0');
  const area = pick(['503', '971', '541', '206', '208', '775']);
  const tail = '01' + x2();
  switch (k) {
    case 'us': return pick([`(${area}) 555-${tail}`, `${area}-555-${tail}`, `${area}.555.${tail}`, `555-${tail}`]);
    case 'usIntl': return `+1 ${area} 555 ${tail}`;
    case 'usSpoken': return sayDigits(`${area}555${tail}`, { oh: true, multi: chance(0.5) });
    case 'uk': { const n = `07700 900${String(int(0, 999)).padStart(3, '0')}`; return chance(0.4) ? sayDigits(n, { oh: true, multi: true }) : n; }
    case 'ukIntl': return `+44 7700 900${String(int(0, 999)).padStart(3, '0')}`;
    case 'ukLand': return pick([`0114 496 0${String(int(0, 999)).padStart(3, '0')}`, `029 2018 ${digits(4)}`, `020 7946 0${String(int(0, 999)).padStart(3, '0')}`]);
    case 'au': return `0491 570 ${String(int(0, 999)).padStart(3, '0')}`;
    case 'auIntl': return `+61 491 570 ${String(int(0, 999)).padStart(3, '0')}`;
    case 'auLand': return `(0${pick(['2', '3', '7', '8'])}) 5550 ${digits(4)}`;
    case 'ie': { const n = `08${pick(['3', '5', '6', '7'])} ${digits(3)} ${digits(4)}`; return chance(0.3) ? sayDigits(n, { oh: true, multi: true }) : n; }
    case 'ieIntl': return `+353 8${pick(['5', '6', '7'])} ${digits(3)} ${digits(4)}`;
    case 'fr': return `0${pick(['6', '7'])} ${x2()} ${x2()} ${x2()} ${x2()}`;
    case 'frIntl': return `+33 ${pick(['6', '7'])} ${x2()} ${x2()} ${x2()} ${x2()}`;
    case 'de': return pick([`030 ${digits(7)}`, `089 ${digits(6)}`, `0151 ${digits(8)}`]);
    case 'deIntl': return `+49 ${pick(['151', '160', '176'])} ${digits(7)}`;
    case 'ca': return pick([`(416) 555-${tail}`, `604-555-${tail}`, `514 555 ${tail}`]);
    default: return `+1 ${pick(['416', '604', '514', '902'])} 555 ${tail}`;
  }
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ORD = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth', 'twenty-first', 'twenty-second', 'twenty-third', 'twenty-fourth', 'twenty-fifth', 'twenty-sixth', 'twenty-seventh', 'twenty-eighth'];
function dob() {
  const y = int(1938, 2019), m = int(1, 12), d = int(1, 28);
  const yy = String(y).slice(2), mm = String(m).padStart(2, '0'), dd = String(d).padStart(2, '0');
  const sayY = y < 2000 ? `nineteen ${say2(y - 1900)}` : (y < 2010 ? `two thousand ${ONES[y - 2000]}` : `twenty ${say2(y - 2000)}`);
  return pick([`${m}/${d}/${y}`, `${dd}/${mm}/${y}`, `${MONTHS[m - 1]} ${d}, ${y}`, `the ${ORD[d - 1]} of ${MONTHS[m - 1]} ${sayY}`,
    `${MONTHS[m - 1].slice(0, 3).toLowerCase()} ${d} ${yy}`, `${y}-${mm}-${dd}`, `${d}.${m}.${y}`, `${sayDigits(mm, { oh: true, multi: false })} ${sayDigits(dd, { oh: true, multi: false })} ${say2(+yy)}`]);
}

const CONDITIONS = ['toothache', 'bleeding gums', 'a swollen jaw', 'an abscess', 'TMJ', 'sleep apnea', 'type 2 diabetes', 'afib', 'COPD', 'high blood pressure', 'a cracked molar', 'dry mouth', 'gum disease', 'a lost crown', 'epilepsy', 'asthma', 'hypothyroidism', 'kidney disease', 'a heart murmur', 'acid reflux', 'migraines', 'an impacted wisdom tooth'];
// medication -> a condition it is plausibly taken for
const MEDPAIRS = [['Eliquis', 'afib'], ['metformin', 'type 2 diabetes'], ['Ozempic', 'type 2 diabetes'], ['ventolin', 'asthma'], ['amoxicillin', 'an abscess'], ['Advil', 'toothache'], ['warfarin', 'a blood clot'], ['levothyroxine', 'hypothyroidism'], ['Xarelto', 'afib'], ['lisinopril', 'high blood pressure'], ['omeprazole', 'acid reflux'], ['Lyrica', 'nerve pain'], ['Plavix', 'heart disease'], ['sumatriptan', 'migraines'], ['Keppra', 'epilepsy'], ['clindamycin', 'a gum infection'], ['Trelegy', 'COPD']];
const STROKE = [['Plavix', 'stroke'], ['Eliquis', 'blood clot'], ['warfarin', 'pulmonary embolism'], ['aspirin', 'heart attack'], ['Brilinta', 'heart attack'], ['Xarelto', 'stroke']];
const MEDS = ['Eliquis', 'metformin', 'Ozempic', 'ventolin', 'amoxicillin', 'Advil', 'warfarin', 'levothyroxine', 'Xarelto', 'lisinopril', 'atorvastatin', 'Tylenol', 'prednisone', 'Lyrica', 'omeprazole', 'Wegovy', 'clindamycin', 'Plavix'];

// ---------- label helpers ----------
const L = (type, text) => {
  if (/[\[\]|]/.test(text) || text !== text.trim()) throw new Error('bad label text ' + text);
  return `[[${type}|${text}]]`;
};
// condition: label without leading article, per README rule
function COND(c) { const m = c.match(/^(a|an) (.*)$/); return m ? `${m[1]} ${L('MEDICAL_CONDITION', m[2])}` : L('MEDICAL_CONDITION', c); }

function person() {
  const o = pick(ORIGINS); const [g, s] = pick(NAMES[o]);
  return { g, s, full: `${g} ${s}`, o };
}
const spell = (w, sep) => w.replace(/[^A-Za-zÀ-ž]/g, '').toUpperCase().split('').join(sep);
const emailOf = p => {
  const base = (p.g + ' ' + p.s).normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z ]/g, '').trim().split(/\s+/);
  const user = pick([base.join('.'), base[0][0] + base[base.length - 1], base.join('_') + int(1, 99), base[base.length - 1] + '.' + base[0]]);
  const dom = pick(['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'proton.me', 'web.de', 'orange.fr', 'eircom.net', 'bigpond.com', 'btinternet.com', 'shaw.ca']);
  if (chance(0.35)) return `${user.replace(/\./g, ' dot ').replace(/_/g, ' underscore ')} at ${dom.replace(/\./g, ' dot ')}`;
  return `${user}@${dom}`;
};
const lc = (s, on) => (on ? s.toLowerCase() : s);

// ---------- templates ----------
const FILL = ['um', 'uh', 'like', 'uh so', 'um yeah'];
const single = [
  () => { const p = person(), a = lc(p.full, true); return `${pick(FILL)} hi this is ${L('PERSON', a)} i need to move my cleaning`; },
  () => { const p = person(), [m, c] = pick(MEDPAIRS); return `${L('PERSON', p.full)} here, I've got ${COND(c)} and I take ${L('MEDICATION', m)}`; },
  () => { const p = person(); return `it's ${L('PERSON', p.g)} calling back, my number is ${L('PHONE', phone())}`; },
  () => { const p = person(); return `my name is ${L('PERSON', p.full)}, that's ${L('PERSON', spell(p.s, pick(['-', ' '])))}`; },
  () => { const a = address(); return `${a.spoken ? 'uh yeah my address is' : 'The address is'} ${L('STREET_ADDRESS', a.text)}${a.spoken ? ' by the school' : ', please update it'}`; },
  () => { const p = person(); return `can you send the bill to ${L('EMAIL', emailOf(p))} thanks`; },
  () => { const p = person(); return `I'm calling for my ${pick(['partner', 'flatmate', 'kid', 'client, I am their carer,', 'foster child', 'spouse'])} ${L('PERSON', p.full)}, born ${L('DATE_OF_BIRTH', dob())}`; },
  () => `best number is ${L('PHONE', phone())} or try my work ${L('PHONE', phone())}`,
  () => { const p = person(); return `${lc(pick(FILL), true)} its ${L('PERSON', p.s.toLowerCase())} ${L('PERSON', p.g.toLowerCase())} surname first sorry ${pick(['my', 'the'])} ${L('MEDICAL_CONDITION', pick(['tooth is killing me', 'gums are swollen', 'jaw is locked', 'filling fell out']))}`; },
  () => (() => { const pc = postcode(); return `my date of birth is ${L("DATE_OF_BIRTH", dob())} and my ${/^[0-9a-z ]+$/.test(pc) ? "zip" : "postcode"} is ${L("POSTAL_CODE", pc)}`; })(),
  () => { const p = person(); return `Dr ${L('PERSON', p.s)} said I should call about ${COND(pick(CONDITIONS))}`; },
  () => { const a = address(); const p = person(); return `${L('PERSON', p.full)}, ${L('STREET_ADDRESS', a.text)}, and the phone's ${L('PHONE', phone())}`; },
  () => `the postcode is ${L('POSTAL_CODE', postcode())} if that helps find me`,
  () => { const p = person(), [m, c] = pick(STROKE); return `yeah so ${L('PERSON', lc(p.g, true))} is on ${L('MEDICATION', m.toLowerCase())} since the ${L('MEDICAL_CONDITION', c)}`; },
  () => `last four of my social are ${L('SSN', sayDigits(digits(4), { oh: chance(0.5), multi: false }))}`,
  () => `member ID ${L('INSURANCE_ID', `${pick(['XJ', 'W', 'MBR', 'K'])}${digits(8)}`)} and I was born ${L('DATE_OF_BIRTH', dob())}`,
  () => { const p = person(); return `hey it's ${L('PERSON', p.g)} ${L('PERSON', p.s)}, I moved to ${L('STREET_ADDRESS', address().text)}`; },
  () => `text me on ${L('PHONE', phone())}, I'm at work till six`,
];
const dialogues = [
  () => { const p = person(); return [`Agent: Can I get your first name?`, `Caller: ${L('PERSON', chance(0.5) ? p.g.toLowerCase() : p.g)}`, `Agent: And your last name?`, `Caller: ${L('PERSON', p.s)}`]; },
  () => [`Agent: What's the best number to reach you?`, `Caller: ${pick(['uh', 'um', 'yeah'])} ${L('PHONE', phone())}`],
  () => [`Agent: And the date of birth?`, `Caller: ${L('DATE_OF_BIRTH', dob())}`],
  () => { const a = address(); return [`Agent: What's your current address?`, `Caller: ${L('STREET_ADDRESS', a.text)}`]; },
  () => { const p = person(); return [`Agent: Who is the appointment for?`, `Caller: my ${pick(['partner', 'spouse', 'housemate', 'sibling'])} ${L('PERSON', p.full)}`, `Agent: Any medications?`, (() => { const [m, c] = pick(MEDPAIRS); return `Caller: ${L('MEDICATION', m)} for ${COND(c)}`; })()]; },
  () => { const p = person(); return [`Agent: Could you spell the surname?`, `Caller: ${L('PERSON', spell(p.s, pick(['-', ' '])))}`]; },
  () => [`Agent: And your email?`, `Caller: ${L('EMAIL', emailOf(person()))}`],
  () => [`Agent: The last four of your social, please.`, `Caller: ${L('SSN', digits(4).split('').join(' '))}`],
];

const items = [];
const used = new Set();
let guard = 0;
while (items.length < 120 && guard++ < 5000) {
  const isDia = items.length % 4 === 3; // every fourth item is a short dialogue (30 dialogues)
  const lines = isDia ? pick(dialogues)() : [pick(single)()];
  const key = lines.join('\n');
  if (used.has(key)) continue;
  used.add(key); items.push(key);
}
const out = [`#! clinic: ${JSON.stringify(CLINIC)}`, '# set-c / generated.txt: written by gen.mjs (seed 0x5e7c2026). 120 positive items. Do not tune on this.', '', items.join('\n\n'), ''].join('\n');
const here = path.dirname(fileURLToPath(import.meta.url));
fs.writeFileSync(path.join(here, 'generated.txt'), out);
console.log(`wrote ${items.length} items to generated.txt`);
