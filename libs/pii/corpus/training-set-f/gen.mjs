// gen.mjs — deterministic generator for set-f/generated.txt (Node 20, no deps).
// All lexicons are hand-typed below. Run: node gen.mjs
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
const dir = path.dirname(fileURLToPath(import.meta.url));

// mulberry32 PRNG, fixed seed
let s = 0x5e7f2024 >>> 0;
const rnd = () => { s = (s + 0x6D2B79F5) >>> 0; let t = s; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
const pick = a => a[Math.floor(rnd() * a.length)];
const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
const digits = n => Array.from({ length: n }, () => int(0, 9)).join('');

// ---------- lexicons ----------
const NAMES = {
  irish: [['Siobhán', 'Ciarán', 'Aoife', 'Dónal', 'Niamh', 'Cathal', 'Orla'], ['Ó Ceallaigh', 'McGuinness', "O'Driscoll", 'Fitzpatrick', 'Nic Giolla Phádraig', 'Brennan']],
  polish: [['Małgorzata', 'Krzysztof', 'Zofia', 'Grzegorz', 'Bartosz', 'Katarzyna'], ['Wiśniewski', 'Szymańska', 'Przybylski', 'Wróbel', 'Grabowska', 'Dąbrowski']],
  nigerian: [['Chiamaka', 'Olumide', 'Funmilayo', 'Ikechukwu', 'Babatunde', 'Adaeze'], ['Okoro', 'Adebayo', 'Nwosu', 'Balogun', 'Ogunleye', 'Eze']],
  ghanaian: [['Kwabena', 'Akosua', 'Yaw', 'Efua', 'Kojo', 'Ama'], ['Mensah', 'Asamoah', 'Boakye', 'Owusu', 'Appiah', 'Darko']],
  vietnamese: [['Thi Thu', 'Van Hung', 'Phuong', 'Duc Anh', 'Huong', 'Quang'], ['Nguyen', 'Tran', 'Le', 'Pham', 'Hoang', 'Vu']],
  indian: [['Ananya', 'Vikram', 'Sunita', 'Rohan', 'Deepika', 'Arvind'], ['Raghunathan', 'Chatterjee', 'Iyer', 'Deshpande', 'Menon', 'Bhattacharya']],
  pakistani: [['Ayesha', 'Imran', 'Saima', 'Bilal', 'Farah', 'Usman'], ['Qureshi', 'Malik', 'Butt', 'Javed', 'Sheikh', 'Rana']],
  arabic: [['Layla', 'Omar', 'Yasmin', 'Khalid', 'Rania', 'Tariq'], ['Al-Masri', 'Haddad', 'Nasser', 'El-Sayed', 'Abu Bakr', 'Khoury']],
  persian: [['Shirin', 'Dariush', 'Parisa', 'Kourosh', 'Mahsa', 'Babak'], ['Tehrani', 'Farahani', 'Moradi', 'Jafari', 'Shirazi', 'Kazemi']],
  turkish: [['Elif', 'Emre', 'Merve', 'Burak', 'Gökhan', 'Şebnem'], ['Yıldız', 'Çelik', 'Aydın', 'Öztürk', 'Arslan', 'Doğan']],
  spanish: [['Lucía', 'Alejandro', 'Carmen', 'Iñigo', 'Rocío', 'Javier'], ['Martínez de la Fuente', 'Gutiérrez', 'Sánchez', 'Iglesias', 'Navarro', 'Domínguez']],
  portuguese: [['Inês', 'Gonçalo', 'Mariana', 'Rui', 'Beatriz', 'Tiago'], ['da Silva', 'Gonçalves', 'Pereira', 'dos Santos', 'Carvalho', 'Magalhães']],
  dutch: [['Bram', 'Femke', 'Joost', 'Lotte', 'Daan', 'Maartje'], ['van der Meer', 'van den Heuvel', 'de Jong', 'van Dijk', 'ter Horst', 'van der Linden']],
  chinese: [['Wei', 'Xiaoming', 'Li Na', 'Jun', 'Meiling', 'Haoran'], ['Zhang', 'Liu', 'Huang', 'Zhou', 'Wu', 'Lin']],
  korean: [['Min-jun', 'Seo-yeon', 'Ji-ho', 'Eun-ji', 'Dong-hyun', 'Soo-ah'], ['Kim', 'Park', 'Choi', 'Jeong', 'Kang', 'Yoon']],
  japanese: [['Haruto', 'Yui', 'Sota', 'Aiko', 'Kenji', 'Sakura'], ['Yamamoto', 'Suzuki', 'Watanabe', 'Nakamura', 'Kobayashi', 'Ito']],
  greek: [['Eleni', 'Nikos', 'Katerina', 'Yannis', 'Sofia', 'Panagiotis'], ['Papadopoulou', 'Christodoulou', 'Karagiannis', 'Nikolaidis', 'Vlachos', 'Economou']],
  ukrainian: [['Olena', 'Taras', 'Iryna', 'Mykola', 'Daryna', 'Bohdan'], ['Shevchenko', 'Melnyk', 'Tkachenko', 'Koval', 'Hrytsenko', 'Lysenko']],
  american: [['Tanisha', 'Brandon', 'Latoya', 'Cody', 'Shaniqua', 'Tyrone'], ['Washington', 'Jefferson', 'Robinson', 'McAllister', 'Hendricks', 'Booker']],
};
const SUFFIX = ['Junior', 'Jr', 'III', 'Senior'];
const WORDNAMES = ['Will', 'Grace', 'Hope', 'May', 'Mark', 'Rose', 'Bill', 'Faith', 'Joy', 'Hunter', 'Summer'];

const STREETS = {
  US: [['Maple Avenue', 'Columbus, OH 43215'], ['West 4th Street', 'Dayton, OH 45402'], ['Linden Boulevard', 'Brooklyn, NY 11203'], ['Peachtree Road NE', 'Atlanta, GA 30305'], ['Cedar Lane', 'Austin, TX 78704'], ['Kalakaua Avenue', 'Honolulu, HI 96815']],
  UK: [['Coronation Road', 'Bristol BS3 1AS'], ['Albert Street', 'Manchester M2 5PE'], ['Church Lane', 'Leeds LS6 4QA'], ['High Street', 'Lewes BN7 2AD'], ['Victoria Road', 'Glasgow G42 7AB']],
  AU: [['Sydney Road', 'Brunswick VIC 3056'], ['Oxford Street', 'Paddington NSW 2021'], ['Hay Street', 'Perth WA 6000'], ['Brunswick Street', 'Fortitude Valley QLD 4006']],
  IE: [['Patrick Street', 'Cork T12 H2X9'], ['Mary Street', 'Limerick V94 R2CK'], ['Quay Street', 'Galway H91 K8Y2'], ['Dame Street', 'Dublin 2, D02 XH91']],
  FR: [['rue de la Roquette', '75011 Paris'], ['boulevard Haussmann', '75008 Paris'], ['cours Mirabeau', '13100 Aix-en-Provence'], ['rue Sainte-Catherine', '33000 Bordeaux']],
  DE: [['Hauptstraße', '69117 Heidelberg'], ['Schillerstraße', '60313 Frankfurt am Main'], ['Bergmannstraße', '10961 Berlin'], ['Königsallee', '40212 Düsseldorf']],
  ES: [['Calle Mayor', '28013 Madrid'], ['Carrer de Mallorca', '08036 Barcelona'], ['Avenida de la Constitución', '41001 Sevilla']],
  IT: [['Via Garibaldi', '10122 Torino'], ['Corso Vittorio Emanuele II', '80135 Napoli'], ['Via dei Serragli', '50124 Firenze']],
};
const UNITS = ['Apt 4B', 'Unit 12', 'Flat 3', 'Suite 210', 'apartment #2R', 'Apt. 7'];

const PHONES = {
  US: () => pick([`(${pick(['614', '212', '773', '415', '713'])}) 555-01${digits(2)}`, `555-01${digits(2)}`, `+1 ${pick(['202', '305', '503'])} 555 01${digits(2)}`, `${pick(['614', '330'])}.555.01${digits(2)}`]),
  UK: () => pick([`07700 900${digits(3)}`, `0161 496 0${digits(3)}`, `020 7946 0${digits(3)}`, `+44 7700 900${digits(3)}`, `0113 496 0${digits(3)}`]),
  AU: () => pick([`0491 570 ${pick(['006', '156', '157', '158', '159', '110'])}`, `(03) 5550 ${digits(4)}`, `(02) 5550 ${digits(4)}`, `+61 491 570 ${pick(['006', '156', '159'])}`]),
  IE: () => pick([`087 ${digits(3)} ${digits(4)}`, `085 555 ${digits(4)}`, `+353 86 555 ${digits(4)}`, `01 555 ${digits(4)}`]),
  FR: () => pick([`06 ${digits(2)} ${digits(2)} ${digits(2)} ${digits(2)}`, `+33 6 ${digits(2)} ${digits(2)} ${digits(2)} ${digits(2)}`, `01 ${digits(2)} ${digits(2)} ${digits(2)} ${digits(2)}`]),
  DE: () => pick([`030 ${digits(7)}`, `0151 ${digits(4)} ${digits(4)}`, `+49 89 ${digits(6)}`, `+49 170 ${digits(7)}`]),
  ES: () => pick([`+34 6${digits(2)} ${digits(2)} ${digits(2)} ${digits(2)}`, `91 ${digits(3)} ${digits(2)} ${digits(2)}`]),
  IT: () => pick([`+39 3${digits(2)} ${digits(3)} ${digits(4)}`, `06 ${digits(4)} ${digits(4)}`]),
};
const WORD = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
function spoken(numStr) { // digits -> spoken, with oh / double / triple
  const d = numStr.replace(/\D/g, '').split('');
  const out = []; let i = 0;
  while (i < d.length) {
    let j = i; while (j < d.length && d[j] === d[i]) j++;
    const run = j - i; const w = d[i] === '0' ? pick(['oh', 'zero', 'oh']) : WORD[+d[i]];
    if (run === 3) { out.push('triple ' + w); i = j; }
    else if (run === 2) { out.push('double ' + w); i = j; }
    else { out.push(w); i++; }
  }
  return out.join(' ');
}
const CONDITIONS = ['toothache', 'abscess', 'bleeding gums', 'swollen jaw', 'type 2 diabetes', 'afib', 'COPD', 'sleep apnea', 'TMJ', 'high blood pressure', 'asthma', 'cracked molar', 'gum disease', 'migraines', 'dry socket', 'hypothyroidism', 'epilepsy', 'acid reflux', 'receding gums', 'sensitivity'];
const MEDS = ['metformin', 'Eliquis', 'Ozempic', 'ventolin', 'amoxicillin', 'Advil', 'lisinopril', 'Xarelto', 'insulin', 'prednisone', 'Keppra', 'omeprazole', 'Lexapro', 'clindamycin', 'Synthroid', 'naproxen'];
const DOMAINS = ['gmail.com', 'outlook.com', 'yahoo.co.uk', 'web.de', 'orange.fr', 'eircom.net', 'bigpond.com', 'icloud.com', 'libero.it', 'hotmail.es'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ORD = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const yearWords = y => { const a = Math.floor(y / 100), b = y % 100; const hi = a === 19 ? 'nineteen' : 'twenty'; const lo = b < 10 ? (b === 0 ? 'hundred' : 'oh ' + WORD[b]) : b < 20 ? ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'][b - 10] : TENS[Math.floor(b / 10)] + (b % 10 ? '-' + WORD[b % 10] : ''); return hi + ' ' + lo; };

// ---------- entity makers ----------
const origins = Object.keys(NAMES);
const person = () => { const o = pick(origins); const [g, f] = NAMES[o]; return { g: pick(g), f: pick(f) }; };
const spell = (w, sep) => w.toUpperCase().replace(/[^A-ZÀ-Ž]/g, '').split('').join(sep);
const dob = () => {
  const y = int(1938, 2019), m = int(1, 12), d = int(1, 28);
  const p2 = n => String(n).padStart(2, '0');
  return pick([`${m}/${d}/${y}`, `${MONTHS[m - 1]} ${d}, ${y}`, `the ${ORD[d - 1] || d + 'th'} of ${MONTHS[m - 1]} ${yearWords(y)}`, `${MONTHS[m - 1].slice(0, 3).toLowerCase()} ${d} ${String(y).slice(2)}`, `${p2(m)}-${p2(d)}-${y}`, `${yearWords(y)}, ${MONTHS[m - 1].toLowerCase()} ${ORD[d - 1] || d}`]);
};
const ssn = () => { const a = `9${digits(2)}`, b = digits(2), c = digits(4); return pick([`${a}-${b}-${c}`, `${a} ${b} ${c}`, spoken(a + b + c)]); };
const card = () => pick(['4111 1111 1111 1111', '5555 5555 5555 4444', '4242 4242 4242 4242', '3782 822463 10005', '6011 1111 1111 1117', '5105 1051 0510 5100', '4000 0566 5566 5556']);
const mrn = () => pick([`MRN-${digits(6)}`.replace('MRN-', 'MR') , `${digits(2)}-${digits(4)}-${digits(2)}`, `${pick(['A', 'C', 'H', 'K'])}${digits(7)}`, spoken(digits(7))]);
const insId = () => pick([`${pick(['W', 'XJ', 'ZGP', 'H'])}${digits(9)}`, `${digits(3)} ${digits(3)} ${digits(4)}`, `1EG4-TE5-MK${digits(2)}`, `${pick(['K', 'M', 'B'])} as in ${pick(['kilo', 'mike', 'bravo'])} ${spoken(digits(6))}`]);
const dl = () => pick([`${pick(['A', 'B', 'D', 'S'])}${digits(3)}-${digits(4)}-${digits(4)}`, `${pick(['RS', 'SP', 'TQ'])}${digits(6)}`, digits(8), `${pick(['MORGA', 'JONES', 'PATEL'])}${digits(6)}${pick(['SM9IJ', 'AB1CD', 'XY2ZZ'])}`, `B072RRE2I${digits(2)}`]);
const bank = () => pick([`${digits(4)} ${digits(4)} ${digits(4)}`, `GB${digits(2)} NWBK ${digits(4)} ${digits(4)} ${digits(4)} ${digits(2)}`, `DE${digits(2)} ${digits(4)} ${digits(4)} ${digits(4)} ${digits(4)} ${digits(2)}`, `${digits(2)}-${digits(2)}-${digits(2)} ${digits(8)}`, spoken(digits(10))]);
const ip = () => pick([`192.0.2.${int(1, 254)}`, `198.51.100.${int(1, 254)}`, `203.0.113.${int(1, 254)}`, `ten dot ${spoken(String(int(0, 9)))} dot ${spoken(String(int(0, 9)))} dot ${WORD[int(1, 9)]}`]);
const zip = () => pick([`${int(10000, 99999)}`, `SW1A ${int(1, 9)}AA`, `D0${int(1, 8)} X${digits(3)}`, `${int(2000, 7999)}`, `M4C ${int(1, 9)}V${int(1, 9)}`, `${int(10, 95)}${digits(3)}`]);
const address = () => {
  const c = pick(Object.keys(STREETS)); const [st, town] = pick(STREETS[c]); const n = int(2, 998);
  if (['FR'].includes(c)) return `${n} ${st}, ${town}`;
  if (['DE', 'ES', 'IT'].includes(c)) return `${st} ${n}, ${town}`;
  return pick([`${n} ${st}, ${town}`, `${n} ${st}, ${pick(UNITS)}, ${town}`, `${n} ${st}`]);
};
const emailFor = p => { const g = p.g.toLowerCase().normalize('NFD').replace(/[^a-z]/g, ''); const f = p.f.toLowerCase().normalize('NFD').replace(/[^a-z]/g, ''); const dm = pick(DOMAINS);
  return pick([`${g}.${f}@${dm}`, `${g[0]}${f}${int(1, 99)}@${dm}`, `${g} dot ${f} at ${dm.replace(/\./g, ' dot ')}`, `${f}_${g}@${dm}`]); };

const L = (type, text) => `[[${type}|${text}]]`;
const phoneAny = () => PHONES[pick(Object.keys(PHONES))]();

// ---------- templates: each returns a line ----------
const T = [
  () => { const p = person(); return `hi it's ${L('PERSON', p.g + ' ' + p.f)} calling, my number is ${L('PHONE', phoneAny())}`; },
  () => { const p = person(); return `${L('PERSON', p.f)} here, ${L('PERSON', p.g)} ${L('PERSON', p.f)}, date of birth ${L('DATE_OF_BIRTH', dob())}`; },
  () => { const p = person(); return `um yeah this is ${L('PERSON', (p.g + ' ' + p.f).toLowerCase())} uh i've got ${L('MEDICAL_CONDITION', pick(CONDITIONS))} and i'm on ${L('MEDICATION', pick(MEDS))}`; },
  () => { const p = person(); return `my last name is ${L('PERSON', p.f)}, that's ${L('PERSON', spell(p.f, pick([' ', '-'])))}`; },
  () => `my social is ${L('SSN', ssn())} and my zip is ${L('POSTAL_CODE', `${int(10000, 99999)}`)}`,
  () => `last four of my social security number are ${L('SSN', digits(4))}`,
  () => { const p = person(); return `I'm calling for my ${pick(['mother', 'son', 'husband', 'grandmother', 'wife'])} ${L('PERSON', p.g)}, ${pick(['she', 'he'])} has ${L('MEDICAL_CONDITION', pick(CONDITIONS))} and takes ${L('MEDICATION', pick(MEDS))}`; },
  () => `we just moved to ${L('STREET_ADDRESS', address())}, can you update the file`,
  () => { const p = person(); return `email is ${L('EMAIL', emailFor(p))}, that's for ${L('PERSON', p.g + ' ' + p.f)}`; },
  () => `card number ${L('CREDIT_CARD', card())} and the billing zip is ${L('POSTAL_CODE', `${int(10000, 99999)}`)}`,
  () => `put it on the card ending in ${L('CREDIT_CARD', digits(4))} please`,
  () => `my member id is ${L('INSURANCE_ID', insId())} and my chart number is ${L('MEDICAL_RECORD_NUMBER', mrn())}`,
  () => `driver's license ${L('DRIVER_LICENSE', dl())}, I'll bring it for the sedation`,
  () => `for the refund the account is ${L('BANK_ACCOUNT', bank())}`,
  () => `the portal blocked my IP ${L('IP_ADDRESS', ip())}, can you unlock it`,
  () => { const p = person(); return `Dr. ${L('PERSON', p.f)} referred me, I have ${L('MEDICAL_CONDITION', pick(CONDITIONS))}`; },
  () => { const w = pick(WORDNAMES); const p = person(); return `it's ${L('PERSON', w)}, ${L('PERSON', w + ' ' + p.f)}, returning your call on ${L('PHONE', spoken(PHONES.US()))}`; },
  () => { const p = person(); return `${L('PERSON', p.g + ' ' + p.f + ' ' + pick(SUFFIX))}, born ${L('DATE_OF_BIRTH', dob())}, new address ${L('STREET_ADDRESS', address())}`; },
  () => `my postcode is ${L('POSTAL_CODE', zip())}`,
  () => `patient number ${L('MEDICAL_RECORD_NUMBER', mrn())}, policy ${L('INSURANCE_ID', insId())}`,
  () => { const p = person(); return `you can text ${L('PERSON', p.g)} on ${L('PHONE', phoneAny())} or email ${L('EMAIL', emailFor(p))}`; },
  () => `ssn ${L('SSN', ssn())}, license ${L('DRIVER_LICENSE', dl())}`,
  () => `the IP address on my laptop says ${L('IP_ADDRESS', ip())} and my account is ${L('BANK_ACCOUNT', bank())} for autopay`,
  () => { const p = person(); return `so uh ${L('PERSON', p.g.toLowerCase())} has been having ${L('MEDICAL_CONDITION', pick(CONDITIONS))} since we started ${L('MEDICATION', pick(MEDS).toLowerCase())}`; },
];
// ---------- write ----------
const out = ['#! clinic: {"country":"US","phones":["(312) 555-0100"],"addresses":["900 North Michigan Avenue, Suite 1400, Chicago, IL 60611"],"emails":["hello@lakeshorefamilydental.com"]}',
  '# Generated by gen.mjs (seed 0x5e7f2024). 120 positive single lines from hand-typed lexicons.', ''];
for (let i = 0; i < 120; i++) {
  let line = T[i % T.length]();
  if (rnd() < 0.3) line = line.replace(/,/g, '').replace(/^\w/, c => c.toLowerCase());
  out.push(line, '');
}
fs.writeFileSync(path.join(dir, 'generated.txt'), out.join('\n'));
console.log('wrote generated.txt with 120 lines');
