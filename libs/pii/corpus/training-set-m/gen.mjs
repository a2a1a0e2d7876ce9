// gen.mjs — writes generated.txt (120 positive caller lines) next to this script.
// Plain Node.js 20, no dependencies, deterministic (fixed seed). Held-out set M. Do not tune on its output.
// All lexicons below were typed by hand for this set; numbers use fictional / drama ranges where they exist.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SEED = 0x5e7a11ce;
function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = mulberry32(SEED);
const pick = arr => arr[Math.floor(rnd() * arr.length)];
const chance = p => rnd() < p;
const digit = () => String(Math.floor(rnd() * 10));
const digits = n => Array.from({ length: n }, digit).join('');
const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));

// ---------------------------------------------------------------- names (given, surname) by origin
const NAMES = {
  irish: { given: ['Clodagh', 'Cathal', 'Ronan', 'Orla', 'Eoghan', 'Róisín', 'Darragh', 'Méabh', 'Fiachra', 'Sinéad'],
    sur: ['Ó Dálaigh', 'McGuinness', 'Breathnach', 'Houlihan', "O'Dwyer", 'Mac Cárthaigh', 'Fennelly', 'Tierney', 'Ní Fhloinn', 'Costigan'] },
  polish: { given: ['Przemysław', 'Małgorzata', 'Jędrzej', 'Katarzyna', 'Grzegorz', 'Dorota', 'Szymon', 'Urszula'],
    sur: ['Zieliński', 'Szczepańska', 'Grabowski', 'Krawczyk', 'Pawłowska', 'Jabłoński', 'Michalak', 'Wróbel'] },
  nigerian: { given: ['Chukwuemeka', 'Folasade', 'Olamide', 'Ifeoma', 'Babatunde', 'Nkechi', 'Temitope', 'Obinna'],
    sur: ['Okonjo', 'Adebayo', 'Nwachukwu', 'Ogunbanjo', 'Eze', 'Afolabi', 'Okafor-Udeh', 'Balogun'] },
  vietnamese: { given: ['Thanh Hương', 'Minh Khôi', 'Bảo Ngọc', 'Quang', 'Phương', 'Duy', 'Hạnh', 'Tuấn'],
    sur: ['Phạm', 'Lê', 'Hoàng', 'Võ', 'Đặng', 'Bùi', 'Trương', 'Huỳnh'] },
  indian: { given: ['Aishwarya', 'Venkatesh', 'Harleen', 'Siddharth', 'Meenakshi', 'Rohan', 'Kavitha', 'Arjun'],
    sur: ['Raghunathan', 'Chatterjee', 'Bhatia', 'Iyer', 'Deshpande', 'Srinivasan', 'Malhotra', 'Menon'] },
  arabic: { given: ['Layla', 'Omar', 'Yasmin', 'Khalil', 'Noor', 'Tariq', 'Rania', 'Samir'],
    sur: ['Al-Hashimi', 'Haddad', 'El-Masri', 'Nasrallah', 'Bou Khalil', 'Abu-Zeid', 'Mansour', 'Al Farsi'] },
  spanish: { given: ['Itziar', 'Gonzalo', 'Macarena', 'Rodrigo', 'Ximena', 'Aitor', 'Pilar', 'Joaquín'],
    sur: ['Martínez de la Rosa', 'Echeverría', 'Sáenz', 'Castillo Ruiz', 'Olazábal', 'Vidal', 'Montoya', 'de la Fuente'] },
  dutch: { given: ['Maarten', 'Femke', 'Sjoerd', 'Lieke', 'Thijs', 'Anouk', 'Jeroen', 'Marieke'],
    sur: ['van der Meulen', 'de Groot', 'van den Bosch', 'ter Steege', 'van Dijk', 'Verhoeven', 'van der Zwaan', 'de Jong'] },
  chinese: { given: ['Jiayi', 'Hao', 'Meiling', 'Zhiwei', 'Xinyi', 'Jun', 'Ruolan', 'Tao'],
    sur: ['Zhou', 'Huang', 'Lin', 'Xu', 'Guo', 'Tang', 'Cheung', 'Yip'] },
  korean: { given: ['Min-seo', 'Jae-won', 'Ha-eun', 'Dong-hyun', 'Soo-ah', 'Tae-yang'],
    sur: ['Choi', 'Jeong', 'Kang', 'Yoon', 'Lim', 'Han'] },
  greek: { given: ['Dimitrios', 'Kalliopi', 'Stavros', 'Athina', 'Panagiotis', 'Eirini'],
    sur: ['Georgiou', 'Konstantinidis', 'Vlachou', 'Karamanlis', 'Antoniadou', 'Christodoulou'] },
  somali: { given: ['Hodan', 'Abdiwali', 'Fartun', 'Liban'], sur: ['Farah', 'Jama', 'Osman', 'Warsame'] },
  filipino: { given: ['Rowena', 'Jericho', 'Lourdes', 'Dante'], sur: ['delos Santos', 'Macaraeg', 'Bautista', 'Villanueva'] },
  ukrainian: { given: ['Yaroslav', 'Solomiia', 'Taras', 'Halyna'], sur: ['Shevchuk', 'Bondarenko', 'Hnatiuk', 'Lysenko'] },
  american: { given: ['Tanisha', 'Cody', 'Brianna', 'Dwayne', 'Kaylee', 'Marcus', 'Shonda', 'Trevor'],
    sur: ['Washington', 'Holloway', 'Pruitt', 'McKinney', 'Thibodeaux', 'Whitaker', 'Jefferson Jr', 'Lund III'] },
};
const ORIGINS = Object.keys(NAMES);

// ---------------------------------------------------------------- addresses by country (street, suffix kept, town, region, postcode)
const US_ADDR = [
  ['Larkspur Drive', 'Tucson', 'AZ', '85716'], ['Calle Encanto', 'Phoenix', 'AZ', '85013'], ['Saguaro Vista Lane', 'Mesa', 'AZ', '85205'],
  ['East Indian School Road', 'Scottsdale', 'AZ', '85251'], ['Magnolia Bend', 'Austin', 'TX', '78745'], ['North Sheridan Road', 'Chicago', 'IL', '60660'],
  ['Hollis Avenue', 'Queens', 'NY', '11423'], ['Peachtree Battle Avenue', 'Atlanta', 'GA', '30305'], ['Southeast Division Street', 'Portland', 'OR', '97202'],
  ['Old Spanish Trail', 'Houston', 'TX', '77054'],
];
const UK_ADDR = [
  ['Cowley Road', 'Oxford', 'OX4 1HR'], ['Gipsy Lane', 'Leicester', 'LE4 6RB'], ['Crwys Road', 'Cardiff', 'CF24 4NG'],
  ['Stockport Road', 'Manchester', 'M19 3AB'], ['Dumbarton Road', 'Glasgow', 'G11 6RX'], ['Gloucester Place', 'Brighton', 'BN1 4AA'],
];
const AU_ADDR = [
  ['Enmore Road', 'Newtown', 'NSW', '2042'], ['Brunswick Street', 'Fortitude Valley', 'QLD', '4006'], ['Chapel Street', 'Prahran', 'VIC', '3181'],
  ['Beaufort Street', 'Mount Lawley', 'WA', '6050'], ['King William Road', 'Hyde Park', 'SA', '5061'], ['Lonsdale Street', 'Braddon', 'ACT', '2612'],
];
const IE_ADDR = [
  ['Drumcondra Road Lower', 'Dublin 9', 'D09 K7Y2'], ['Shandon Street', 'Cork', 'T23 H6X0'], ['Henry Street', 'Limerick', 'V94 F3W8'],
  ['Bohermore', 'Galway', 'H91 P2N4'], ['John Street', 'Kilkenny', 'R95 A0D7'],
];
const FR_ADDR = [
  ['rue des Martyrs', 'Paris', '75009'], ['cours Julien', 'Marseille', '13006'], ['rue Sainte-Catherine', 'Bordeaux', '33000'],
  ['avenue Jean Jaurès', 'Lyon', '69007'], ['rue du Faubourg de Saverne', 'Strasbourg', '67000'],
];
const DE_ADDR = [
  ['Ahornweg', 'Köln', '50667'], ['Sonnenallee', 'Berlin', '12045'], ['Schanzenstraße', 'Hamburg', '20357'],
  ['Leopoldstraße', 'München', '80802'], ['Königsbrücker Straße', 'Dresden', '01099'],
];

// ---------------------------------------------------------------- other lexicons
// condition lexicon: [determiner used before it, condition words]; the determiner stays outside the label
const CONDITIONS = [["an", "abscess"], ["a", "cracked tooth"], ["", "swollen gums"], ["a", "toothache"], ["", "gum disease"], ["a", "dry socket"],
  ["", "jaw pain"], ["", "type 2 diabetes"], ["", "high blood pressure"], ["", "asthma"], ["", "afib"], ["", "epilepsy"], ["a", "cavity"],
  ["", "sensitive teeth"], ["", "TMJ"], ["", "sleep apnea"], ["", "migraines"], ["", "acid reflux"], ["a", "wisdom tooth infection"], ["", "COPD"]];
// condition + a medicine that is actually used for it (for frames that say one is taken for the other)
const PAIRS = [["", "type 2 diabetes", "metformin"], ["", "high blood pressure", "lisinopril"], ["", "afib", "Eliquis"], ["an", "abscess", "amoxicillin"],
  ["", "migraines", "sumatriptan"], ["", "acid reflux", "omeprazole"], ["", "asthma", "albuterol"], ["", "epilepsy", "lamotrigine"], ["a", "toothache", "ibuprofen"],
  ["", "jaw pain", "naproxen"], ["a", "dry socket", "Tylenol"], ["", "COPD", "Spiriva"], ["", "high cholesterol", "Lipitor"], ["", "depression", "sertraline"],
  ["", "hay fever", "Zyrtec"], ["", "gout", "allopurinol"], ["a", "gum infection", "metronidazole"], ["", "hypothyroidism", "levothyroxine"]];
const MEDS = ['metformin', 'Eliquis', 'amoxicillin', 'lisinopril', 'Lipitor', 'ibuprofen', 'Zyrtec', 'sertraline', 'Plavix', 'gabapentin',
  'prednisone', 'Tylenol', 'levothyroxine', 'Ozempic', 'amlodipine', 'Xanax'];
const EMAIL_DOMAINS = ['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'hotmail.co.uk', 'web.de', 'orange.fr', 'eircom.net', 'bigpond.com'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen',
  'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ORD = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth',
  'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth'];
const FILLERS = ['um', 'uh', 'like', 'so', 'yeah', 'okay so', 'hi', 'hello', 'erm'];

// ---------------------------------------------------------------- helpers
const n2w = n => n < 20 ? ONES[n] : TENS[Math.floor(n / 10)] + (n % 10 ? ' ' + ONES[n % 10] : '');
const ordinal = d => d <= 20 ? ORD[d] : d < 30 ? 'twenty ' + ORD[d - 20] : d === 30 ? 'thirtieth' : 'thirty first';
const yearWords = y => y >= 2000 ? (y === 2000 ? 'two thousand' : 'two thousand and ' + n2w(y - 2000)) : n2w(Math.floor(y / 100)) + ' ' + (y % 100 === 0 ? 'hundred' : y % 100 < 10 ? 'oh ' + ONES[y % 100] : n2w(y % 100));
function spokenDigits(s) {
  // digits to words, 'oh' for zero, sometimes 'double'/'triple'; keeps spaces as commas now and then
  const groups = s.split(/[\s\-().]+/).filter(Boolean);
  return groups.map(g => {
    const out = [];
    for (let i = 0; i < g.length;) {
      const c = g[i];
      if (c === '+') { out.push('plus'); i++; continue; }
      let run = 1; while (g[i + run] === c) run++;
      const w = c === '0' ? (chance(0.7) ? 'oh' : 'zero') : ONES[+c];
      if (run === 3 && chance(0.6)) { out.push('triple ' + w); i += 3; }
      else if (run >= 2 && chance(0.6)) { out.push('double ' + w); i += 2; }
      else { out.push(w); i++; }
    }
    return out.join(' ');
  }).join(chance(0.5) ? ', ' : ' ');
}
const ascii = s => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ł/g, 'l').replace(/Ł/g, 'L').replace(/đ/g, 'd').replace(/Đ/g, 'D');

function person() {
  const o = pick(ORIGINS);
  return { given: pick(NAMES[o].given), sur: pick(NAMES[o].sur), origin: o };
}
function phone() {
  const k = pick(['us', 'us', 'us_intl', 'us_local', 'uk', 'uk_intl', 'au', 'au_intl', 'ie', 'ie_intl', 'fr', 'fr_intl', 'de', 'de_intl']);
  const ac = pick(['520', '602', '480', '928', '312', '713', '404', '503']);
  const line = '01' + String(int(0, 99)).padStart(2, '0');
  const auMob = pick(['0491 570 156', '0491 570 157', '0491 570 159', '0491 570 110', '0491 570 737', '0491 571 491', '0491 571 804', '0491 572 549', '0491 572 983', '0491 574 118', '0491 574 632', '0491 575 254']);
  switch (k) {
    case 'us': return pick([`(${ac}) 555-${line}`, `${ac}-555-${line}`, `${ac}.555.${line}`]);
    case 'us_intl': return `+1 ${ac} 555 ${line}`;
    case 'us_local': return `555-${line}`;
    case 'uk': return pick([`07700 900${digits(3)}`, `020 7946 0${digits(3)}`, `0117 496 0${digits(3)}`]);
    case 'uk_intl': return `+44 7700 900${digits(3)}`;
    case 'au': return pick([auMob, `(02) 5550 ${digits(4)}`, `(07) 5550 ${digits(4)}`]);
    case 'au_intl': return '+61 ' + auMob.slice(1);
    case 'ie': return `08${pick(['3', '5', '6', '7', '9'])} 555 0${digits(3)}`;
    case 'ie_intl': return `+353 8${pick(['3', '5', '6', '7'])} 555 0${digits(3)}`;
    case 'fr': return `0${pick(['6', '7'])} ${digits(2)} ${digits(2)} ${digits(2)} ${digits(2)}`;
    case 'fr_intl': return `+33 ${pick(['6', '7'])} ${digits(2)} ${digits(2)} ${digits(2)} ${digits(2)}`;
    case 'de': return pick([`0151 5550 ${digits(4)}`, `030 5550${digits(4)}`, `089 5550 ${digits(3)}`]);
    case 'de_intl': return `+49 ${pick(['151', '176', '30'])} 5550 ${digits(4)}`;
  }
}
function address() {
  const k = pick(['us', 'us', 'us', 'uk', 'au', 'ie', 'fr', 'de']);
  if (k === 'us') { const [st, town, state, zip] = pick(US_ADDR); const n = int(12, 9850);
    const unit = chance(0.3) ? pick([`, Apt ${int(1, 30)}${pick(['', 'B', 'C'])}`, `, Unit ${int(100, 420)}`, ` #${int(2, 19)}`]) : '';
    return { kind: 'zip', full: pick([`${n} ${st}${unit}, ${town}, ${state} ${zip}`, `${n} ${st}${unit}, ${town}`, `${n} ${st}${unit}`]), pc: zip }; }
  if (k === 'uk') { const [st, town, pc] = pick(UK_ADDR); const n = int(1, 240);
    return { full: pick([`${n} ${st}, ${town} ${pc}`, `Flat ${int(1, 9)}, ${n} ${st}, ${town}`, `${n}${pick(['a', 'b'])} ${st}`]), pc }; }
  if (k === 'au') { const [st, sub, state, pc] = pick(AU_ADDR); const n = int(2, 400);
    return { full: pick([`${int(1, 12)}/${n} ${st}, ${sub} ${state} ${pc}`, `${n} ${st}, ${sub}`]), pc }; }
  if (k === 'ie') { const [st, town, eir] = pick(IE_ADDR); const n = int(1, 120);
    return { full: pick([`${n} ${st}, ${town}, ${eir}`, `${n} ${st}, ${town}`]), pc: eir }; }
  if (k === 'fr') { const [st, town, cp] = pick(FR_ADDR); const n = int(1, 90);
    return { full: `${n}${pick(['', '', ' bis'])} ${st}, ${cp} ${town}`, pc: cp }; }
  const [st, town, plz] = pick(DE_ADDR); const n = int(1, 80);
  return { full: `${st} ${n}${pick(['', '', 'a'])}, ${plz} ${town}`, pc: plz };
}
function dob(asr) {
  const y = int(1938, 2019), m = int(1, 12), d = int(1, 28);
  if (asr) return pick([`${MONTHS[m - 1].toLowerCase()} ${ordinal(d)} ${yearWords(y)}`, `the ${ordinal(d)} of ${MONTHS[m - 1].toLowerCase()} ${yearWords(y)}`,
    `${n2w(m)} ${n2w(d)} ${n2w(y % 100 < 10 ? y % 100 : y % 100)}`.replace(/^(\w+) (\w+) (zero|one|two|three|four|five|six|seven|eight|nine)$/, '$1 $2 oh $3')]);
  return pick([`${m}/${d}/${y}`, `${String(m).padStart(2, '0')}/${String(d).padStart(2, '0')}/${y}`, `${MONTHS[m - 1]} ${d}, ${y}`,
    `${d} ${MONTHS[m - 1]} ${y}`, `${MONTHS[m - 1].slice(0, 3)} ${d} '${String(y % 100).padStart(2, '0')}`, `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`]);
}
function email(p, asr) {
  const g = ascii(p.given).toLowerCase().replace(/[^a-z]/g, ''), s = ascii(p.sur).toLowerCase().replace(/[^a-z]/g, '');
  const dom = pick(EMAIL_DOMAINS);
  const local = pick([`${g}.${s}`, `${g[0]}${s}`, `${g}_${s}${int(1, 99)}`, `${s}.${g[0]}`]);
  if (!asr) return `${local}@${dom}`;
  return `${local.replace(/\./g, ' dot ').replace(/_/g, ' underscore ')} at ${dom.replace(/\./g, ' dot ')}`;
}

// ---------------------------------------------------------------- sentence frames. Each returns an array of strings and [TYPE, value] pairs.
const E = (t, v) => [t, v];
const FRAMES = [
  (c) => [`${c.f}it's `, E('PERSON', c.name), ` calling, my number is `, E('PHONE', c.phone)],
  (c) => [E('PERSON', c.name), ` here, I moved to `, E('STREET_ADDRESS', c.addr.full), ` so please update the file`],
  (c) => [`${c.f}this is `, E('PERSON', c.given), `, date of birth `, E('DATE_OF_BIRTH', c.dob), `, I have a question about my bill`],
  (c) => [`I'm calling for my ${c.rel[0]} `, E('PERSON', c.name), `, ${c.rel[1]} ${c.rel[1] === 'they' ? 'have' : 'has'} ${c.pdet}`, E("MEDICAL_CONDITION", c.pcond), ` and ${c.rel[1] === "they" ? "take" : "takes"} `, E('MEDICATION', c.pmed)],
  (c) => [E('PERSON', c.name), `, `, E('PHONE', c.phone), `, `, E('MEDICAL_CONDITION', c.cond), ` since the weekend`],
  (c) => [`${c.f}can you send the forms to `, E('EMAIL', c.email), `, it's for `, E('PERSON', c.given)],
  (c) => [`the address on file is old, it's `, E('STREET_ADDRESS', c.addr.full), ` now, and the cell is `, E('PHONE', c.phone)],
  (c) => [`my last name is `, E('PERSON', c.sur), `, first name `, E('PERSON', c.given), `, I'm on `, E('MEDICATION', c.med)],
  (c) => [`${c.f}`, E('PERSON', c.name), ` from `, E('STREET_ADDRESS', c.addr.full)],
  (c) => [`you can text me on `, E('PHONE', c.phone), ` or email `, E('EMAIL', c.email)],
  (c) => [`${c.f}my ${c.addr.kind === 'zip' ? 'zip' : 'postcode'} is `, E('POSTAL_CODE', c.addr.pc), ` and my name is `, E('PERSON', c.name)],
  (c) => [`hey it's `, E('PERSON', c.given), ` again, my `, E('MEDICAL_CONDITION', c.pcond), ` is still bad and the `, E('MEDICATION', c.pmed), ` isn't helping`],
  (c) => [`born `, E('DATE_OF_BIRTH', c.dob), `, `, E('PERSON', c.name), `, I'd like to book a check-up`],
  (c) => [`${c.f}my ${pick(['brother', 'sister', 'partner', 'neighbor', 'friend'])} `, E('PERSON', c.given), ` gave me your number, I'm at `, E('STREET_ADDRESS', c.addr.full)],
  (c) => [`please call `, E('PERSON', c.name), ` back at `, E('PHONE', c.phone), `, that's my ${pick(['mom', 'dad', 'aunt', 'uncle'])}`],
  (c) => [`I was prescribed `, E('MEDICATION', c.pmed), ` for my `, E('MEDICAL_CONDITION', c.pcond), `, it's `, E('PERSON', c.name), ` by the way`],
  (c) => [`${c.f}the patient is `, E('PERSON', c.name), `, birthday `, E('DATE_OF_BIRTH', c.dob), `, phone `, E('PHONE', c.phone)],
  (c) => [`send the bill to `, E('STREET_ADDRESS', c.addr.full), `, attention `, E('PERSON', c.name)],
  (c) => [`I'm `, E('PERSON', c.given), ` `, E('PERSON', c.sur), ` and my email's `, E('EMAIL', c.email)],
  (c) => [`${c.f}I think I have ${c.det}`, E('MEDICAL_CONDITION', c.cond), `, can Dr. `, E('PERSON', c.sur2), ` see me this week`],
  (c) => [`it's for `, E('PERSON', c.given), `, the ${c.addr.kind === 'zip' ? pick(['zip', 'zip code']) : c.addr.pc.length > 5 && /^[A-Z]\d\d /.test(c.addr.pc) ? 'eircode' : 'postcode'} is `, E('POSTAL_CODE', c.addr.pc)],
  (c) => [E('PERSON', c.name), ` `, E('DATE_OF_BIRTH', c.dob), ` `, E('PHONE', c.phone)],
];

// ---------------------------------------------------------------- build
const lines = [];
const seen = new Set();
const CLINIC_LAST7 = '5550117';
while (lines.length < 120) {
  const asr = chance(0.4);
  const p = person();
  const c = {
    asr, given: p.given, sur: p.sur, name: `${p.given} ${p.sur}`, sur2: person().sur,
    phone: phone(), addr: address(), dob: dob(asr), email: email(p, asr),
    cond: null, det: null, rel: pick([['mother', 'she'], ['father', 'he'], ['wife', 'she'], ['husband', 'he'], ['son', 'he'], ['daughter', 'she'], ['grandmother', 'she'], ['partner', 'they']]), med: pick(MEDS), f: asr && chance(0.6) ? pick(FILLERS) + ' ' : '',
  };
  [c.pdet, c.pcond, c.pmed] = pick(PAIRS); if (c.pdet) c.pdet += ' ';
  [c.det, c.cond] = pick(CONDITIONS); if (c.det) c.det += ' ';
  if (c.phone.replace(/\D/g, '').endsWith(CLINIC_LAST7)) continue;
  if (asr && chance(0.5)) c.phone = spokenDigits(c.phone);
  const frame = pick(FRAMES);
  const parts = frame(c);
  let text = parts.map(x => {
    if (!Array.isArray(x)) return asr ? x.toLowerCase() : x;
    let v = x[1];
    if (asr && x[0] !== 'EMAIL') v = v.toLowerCase();
    return `[[${x[0]}|${v}]]`;
  }).join('');
  text = text.replace(/\s+/g, ' ').replace(/\bi'm\b/g, asr ? "i'm" : "I'm");
  if (asr) text = text.replace(/,/g, chance(0.5) ? '' : ',').replace(/\s+/g, ' ');
  else text = text[0].toUpperCase() + text.slice(1) + (chance(0.7) ? '.' : '');
  if (/\[\[[A-Z_]+\|[^\]]*[\[|][^\]]*\]\]/.test(text)) continue;
  if (seen.has(text)) continue;
  seen.add(text);
  lines.push(text);
}

const header = '#! clinic: {"country":"US","phones":["(602) 555-0117"],"addresses":["1450 North Central Avenue, Suite 300, Phoenix, AZ 85004"],"emails":["hello@desertbloomdental.com"]}';
const out = [header, '# generated by gen.mjs (seed 0x5e7a11ce) for held-out set M; hand-typed lexicons; every line is positive. Do not tune on this.', ''];
for (const l of lines) out.push(l, '');
writeFileSync(join(dirname(fileURLToPath(import.meta.url)), 'generated.txt'), out.join('\n'));
console.log(`wrote ${lines.length} lines to generated.txt`);
