// gen.mjs — set P generator. Plain Node.js 20, no dependencies, deterministic (fixed seed).
// Writes generated.txt next to this file: 1 header line (US clinic) + 120 positive single-line items.
import fs from 'node:fs'; import path from 'node:path'; import url from 'node:url';
const here = path.dirname(url.fileURLToPath(import.meta.url));
let seed = 0x5E7_9A11;
const rnd = () => { seed |= 0; seed = (seed + 0x6D2B79F5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
const pick = a => a[Math.floor(rnd() * a.length)];
const L = (t, v) => `[[${t}|${v}]]`;

// ---- hand-typed lexicons ----
const given = ['Caoimhín','Bríd','Eimear','Ciarán','Małgorzata','Przemysław','Jadwiga','Chukwuemeka','Ngozi','Temitope','Babajide',
  'Nguyen Van','Phuong','Quang','Thanh Hai','Arjun','Meenakshi','Sandeep','Ishaan','Layla','Omar','Khadija','Tariq','Rania',
  'Ximena','Alejandro','Itziar','Guadalupe','Sanne','Joris','Maartje','Xiaoming','Yufei','Jianguo','Minji','Jae-won','Seo-yeon',
  'Eleni','Stavros','Kalliopi','Heather','Dwayne','Shonda','Kekoa','Tjarra','Siddharth','Aigerim','Bogdan','Zuzana'];
const surnames = ['Ní Chonaill','Mac Craith','Ó Néill','Brzęczyszczykiewicz','Wróbel','Grabowska','Okonjo','Eze','Balogun',
  'Pham','Huynh','Dang','Iyer','Chakraborty','Reddy','Al-Masri','Haddad','El-Amin','Quispe','Echeverri','Zubizarreta',
  'van der Linden','van den Bosch','de Graaf','ter Steege','Zhang','Liu','Huang','Choi','Jung','Yoon','Kontogiannis',
  'Alexopoulou','McAllister','Washington','Kahananui','Tjapaltjarri','Nazarbayeva','Popescu','Horváth'];
const suffix = ['', '', '', '', ' Jr.', ' III', ' Sr.'];
const streets = [ // [number+street, town/region/postcode, country]
  ['1837 Cottonwood Ln', 'Boise, ID 83702', 'US'], ['66 Tamarack Court', 'Duluth, MN 55803', 'US'], ['402 W Magnolia Ave', 'Tulsa, OK 74103', 'US'],
  ['9 Quayside Walk', 'Whitby YO21 1DH', 'GB'], ['118 Foxhall Road', 'Ipswich IP3 8JU', 'GB'], ['Flat 7, 3 Tenter Street', 'Sheffield S1 4BY', 'GB'],
  ['31 Jacaranda Street', 'Toowoomba QLD 4350', 'AU'], ['5/120 Murray Road', 'Preston VIC 3072', 'AU'], ['14 Banksia Way', 'Bunbury WA 6230', 'AU'],
  ['2 Fairgreen Terrace', 'Ennis, Co. Clare V95 K7T2', 'IE'], ['Apt 11, Harbour Court, Quay Street', 'Westport, Co. Mayo', 'IE'],
  ['23 boulevard Gambetta', '38000 Grenoble', 'FR'], ['7 impasse des Lilas', '44300 Nantes', 'FR'],
  ['Kastanienallee 19', '04107 Leipzig', 'DE'], ['Am Fischmarkt 3', '99084 Erfurt', 'DE']];
const postcodes = ['59801', '83702', 'YO21 1DH', 'LS6 2QT', 'V95 K7T2', 'F94 E2W1', '4350', '6230', '38000', '04107', 'T2P 4K9'];
const phones = ['208-555-0163', '(405) 555-0129', '555-0184', '+1 218 555 0147', '01947 496 118', '07700 900 613', '+44 7700 900281',
  '(07) 5550 2291', '0491 577 382', '+61 491 578 044', '065 555 0139', '+353 87 555 0298', '04 55 50 71 82', '+33 6 55 50 93 17',
  '0341 5551234', '+49 176 5550 1290'];
const spokenDigit = { '0': 'oh', '1': 'one', '2': 'two', '3': 'three', '4': 'four', '5': 'five', '6': 'six', '7': 'seven', '8': 'eight', '9': 'nine' };
const speakPhone = p => p.replace(/[^0-9]/g, '').split('').map(d => spokenDigit[d]).join(' ');
const mailDomains = ['gmail.com', 'yahoo.com', 'hotmail.co.uk', 'bigpond.net.au', 'eircom.net', 'orange.fr', 'gmx.de'];
const months = ['January','February','March','April','May','June','July','August','September','October','November','December'];
const conditions = ['a cracked tooth|cracked tooth', 'an abscess|abscess', 'bad toothache|toothache', 'type 2 diabetes|type 2 diabetes',
  'sleep apnea|sleep apnea', 'high blood pressure|high blood pressure', 'a swollen gum|swollen gum', 'afib|afib', 'asthma|asthma',
  'epilepsy|epilepsy', 'angina|angina', 'gum disease|gum disease', 'a chipped front tooth|chipped front tooth', 'GERD|GERD'];
const meds = ['Januvia', 'amlodipine', 'Brilinta', 'Lyrica', 'gabapentin', 'Trulicity', 'Nexium', 'sertraline', 'cetirizine',
  'doxycycline', 'Pradaxa', 'losartan', 'Voltaren', 'hydrochlorothiazide'];

const maleGiven = new Set(["Caoimhín","Ciarán","Przemysław","Chukwuemeka","Babajide","Quang","Arjun","Sandeep","Ishaan","Omar","Tariq","Alejandro","Joris","Jianguo","Stavros","Dwayne","Kekoa","Siddharth","Bogdan"]);
const fullName = () => { const g = pick(given); return `${g} ${pick(surnames)}${maleGiven.has(g) ? pick(suffix) : ""}`; };
const dob = () => { const y = 1940 + Math.floor(rnd() * 70), m = Math.floor(rnd() * 12), d = 1 + Math.floor(rnd() * 28);
  return pick([`${m + 1}/${d}/${y}`, `${months[m]} ${d}, ${y}`, `${d} ${months[m]} ${y}`, `${String(d).padStart(2, '0')}.${String(m + 1).padStart(2, '0')}.${y}`]); };
const email = n => { const [a, b] = n.replace(/ (Jr\.|Sr\.|III)$/, '').normalize('NFD').replace(/[^\x20-\x7e]/g, '').toLowerCase().replace(/[^a-z ]/g, '').split(' ').filter(Boolean);
  return pick([`${a}.${b || 'x'}@${pick(mailDomains)}`, `${a}${Math.floor(rnd() * 90 + 10)}@${pick(mailDomains)}`]); };
const addr = () => { const [s, t] = pick(streets); return rnd() < 0.8 ? `${s}, ${t}` : s; };
const phone = () => { const p = pick(phones); return rnd() < 0.2 ? speakPhone(p) : p; };
const cond = () => pick(conditions).split('|');

const templates = [
  () => { const n = fullName(); return `hi this is ${L('PERSON', n)} and my number is ${L('PHONE', phone())}`; },
  () => { const n = fullName(); return `${L('PERSON', n)}, born ${L('DATE_OF_BIRTH', dob())}, calling to book`; },
  () => `um yeah i moved, it's ${L('STREET_ADDRESS', addr())} now`,
  () => { const n = fullName(); return `${L('PERSON', n)} here, email is ${L('EMAIL', email(n))}`; },
  () => { const [full, c] = cond(); const pre = full.slice(0, full.length - c.length); return `it's for my partner ${L('PERSON', pick(given))}, who has ${pre}${L('MEDICAL_CONDITION', c)}`; },
  () => `i'm on ${L('MEDICATION', pick(meds))} and ${L('MEDICATION', pick(meds))}, is that a problem for the numbing`,
  () => { const n = fullName(); return `${L('PERSON', n)} ${L('PHONE', phone())} ${L('STREET_ADDRESS', addr())}`; },
  () => `the postcode is ${L('POSTAL_CODE', pick(postcodes))} if you need it`,
  () => { const [full, c] = cond(); const pre = full.slice(0, full.length - c.length); return `so i've got ${pre}${L('MEDICAL_CONDITION', c)} and they put me on ${L('MEDICATION', pick(meds))}`; },
  () => `can you call my daughter ${L('PERSON', pick(given))} on ${L('PHONE', phone())}, she's driving me`,
  () => `Dr ${L('PERSON', pick(surnames))} told me to ring, my date of birth is ${L('DATE_OF_BIRTH', dob())}`,
  () => { const n = pick(surnames); return `last name ${L('PERSON', n)}, ${L('PERSON', n.toUpperCase().replace(/[^A-ZÀ-Ž]/g, '').split('').join('-'))}`; },
];
const out = ['#! clinic: {"country":"US","phones":["(208) 555-0100"],"addresses":["411 Sagebrush Way, Boise, ID 83706"],"emails":["office@sagebrushsmiles.com"]}',
  '# generated by gen.mjs (set P), fixed seed; 120 positive items', ''];
const seen = new Set();
while (out.length < 3 + 240) { const line = templates[Math.floor(rnd() * templates.length)]();
  if (line.includes('PERSON|-') || seen.has(line)) continue; seen.add(line); out.push(line, ''); }
fs.writeFileSync(path.join(here, 'generated.txt'), out.join('\n'));
console.log('wrote', path.join(here, 'generated.txt'));
