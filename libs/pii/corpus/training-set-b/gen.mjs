#!/usr/bin/env node
// set-b generator: writes generated.txt (120 positive lines) next to this file.
// Plain Node.js 20, no dependencies, deterministic (xorshift32, fixed seed).
// All lexicons are hand-typed and deliberately disjoint from set-a's generator.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let state = 0x5eedb0b;
const next = () => { state ^= state << 13; state >>>= 0; state ^= state >>> 17; state ^= state << 5; state >>>= 0; return state / 4294967296; };
const one = arr => arr[Math.floor(next() * arr.length)];
const between = (a, b) => a + Math.floor(next() * (b - a + 1));
const nd = n => { let s = ''; for (let i = 0; i < n; i++) s += between(0, 9); return s; };
const tag = (type, text) => `[[${type}|${text}]]`;

// ---- lexicons (set-b) ----
const PEOPLE = [ // [given, family, origin]
  ['Fionnuala', 'Mac an Bhaird', 'irish'], ['Ruairí', 'Ó Ceallaigh', 'irish'], ['Dervla', 'Hennessy', 'irish'], ['Colm', "O'Driscoll", 'irish'],
  ['Wiesława', 'Pietrzak', 'polish'], ['Jarosław', 'Sikora', 'polish'], ['Agata', 'Michalska', 'polish'], ['Przemek', 'Wróblewski', 'polish'],
  ['Obiageli', 'Chukwu', 'nigerian'], ['Olumide', 'Adebayo', 'nigerian'], ['Ifeoma', 'Okeke-Nnaji', 'nigerian'], ['Emeka', 'Uchenna', 'nigerian'],
  ['Ngoc Anh', 'Trinh', 'vietnamese'], ['Bao', 'Ly', 'vietnamese'], ['Thao', 'Do', 'vietnamese'], ['Khanh', 'Lam', 'vietnamese'],
  ['Harsha', 'Krishnamurthy', 'indian'], ['Navjot', 'Grewal', 'indian'], ['Divya', 'Bhattacharya', 'indian'], ['Siddarth', 'Pillai', 'indian'],
  ['Omar', 'Abu-Ghazaleh', 'arabic'], ['Samira', 'Benjelloun', 'arabic'], ['Tariq', 'Nasser', 'arabic'], ['Huda', 'Al-Tamimi', 'arabic'],
  ['Xiomara', 'Cárdenas', 'spanish'], ['Ainhoa', 'Goikoetxea', 'spanish'], ['Rubén', 'del Río', 'spanish'], ['Nerea', 'Sáez Pons', 'spanish'],
  ['Maarten', 'van der Heijden', 'dutch'], ['Ilse', 'op den Kamp', 'dutch'], ['Daan', 'van Leeuwen', 'dutch'], ['Marloes', 'de Groot', 'dutch'],
  ['Wenjing', 'Guo', 'chinese'], ['Zihan', 'Luo', 'chinese'], ['Kwok Wai', 'Leung', 'chinese'],
  ['Eun-ji', 'Baek', 'korean'], ['Dong-hyun', 'Seo', 'korean'],
  ['Vasiliki', 'Mavromatis', 'greek'], ['Stavros', 'Karamanlis', 'greek'],
  ['Kateryna', 'Shevchuk', 'ukrainian'], ['Ayşe', 'Yıldırım', 'turkish'], ['Ebere', 'Okafor', 'nigerian'],
  ['Summer', 'Fairweather', 'anglo'], ['Sunny', 'Blackwood', 'anglo'], ['Ivy', 'Thornton', 'anglo'], ['Hunter', 'McCoy Jr', 'anglo'], ['Dawn', 'Pickering', 'anglo'], ['Skye', 'Marlowe', 'anglo'],
];
const PLACES = {
  US: { streets: ['Guadalupe Street', 'Riverside Drive', 'Pecan Grove Road', 'Bluebonnet Lane', 'Congress Avenue', 'Live Oak Street'], towns: [['Austin', 'TX', '787'], ['San Antonio', 'TX', '782'], ['Tulsa', 'OK', '741'], ['Baton Rouge', 'LA', '708'], ['Albuquerque', 'NM', '871']] },
  GB: { streets: ['Sauchiehall Street', 'Roman Road', 'Wellington Crescent', 'Thistle Terrace', 'Cathedral Row'], towns: [['Glasgow', 'G2'], ['Bristol', 'BS3'], ['Cardiff', 'CF10'], ['Norwich', 'NR2'], ['Belfast', 'BT7']] },
  AU: { streets: ['Darling Street', 'Hay Street', 'Rundle Street', 'Latrobe Terrace', 'Sandgate Road'], towns: [['Balmain', 'NSW', '2041'], ['Subiaco', 'WA', '6008'], ['Kent Town', 'SA', '5067'], ['Red Hill', 'QLD', '4059'], ['Hobart', 'TAS', '7000']] },
  IE: { streets: ['Patrick Street', 'Eyre Square', 'Quay Street', 'Mary Street', 'College Road'], towns: [['Ennis', 'V95'], ['Tralee', 'V92'], ['Waterford', 'X91'], ['Kilkenny', 'R95'], ['Sligo', 'F91']] },
  FR: { streets: ['rue de la République', 'quai des Chartrons', 'place du Capitole', 'rue Nationale', 'allée des Tilleuls'], towns: [['Marseille', '13001'], ['Montpellier', '34000'], ['Toulouse', '31000'], ['Nantes', '44000'], ['Strasbourg', '67000']] },
  DE: { streets: ['Königsallee', 'Sonnenstraße', 'Am Wasserturm', 'Bahnhofstraße', 'Lindenallee'], towns: [['Düsseldorf', '40212'], ['Hamburg', '20095'], ['Stuttgart', '70173'], ['Leipzig', '04109'], ['Hannover', '30159']] },
};
const PROVIDERS = ['googlemail.com', 'proton.me', 'aol.com', 'mail.ru', 'gmx.de', 'free.fr', 'telstra.com', 'live.ie', 'btinternet.com'];
const NUMWORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const TROUBLE = ['loose filling', 'sore wisdom tooth', 'receding gums', 'tooth sensitivity', 'swollen gum', 'grinding at night'];

const say = s => s.replace(/\D/g, '').split('').map((d, i, a) => (d === '0' ? one(['oh', 'zero']) : NUMWORDS[+d])).join(' ');
const ascii = s => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[łŁ]/g, 'l').replace(/ı/g, 'i').replace(/[ş]/g, 's');
function tel(cc) {
  const f = {
    US: [() => `${one(['512', '210', '918'])}-555-01${nd(2)}`, () => `(${one(['225', '505'])}) 555-01${nd(2)}`, () => `+1 ${one(['737', '832'])}-555-01${nd(2)}`],
    GB: [() => `07700 900 ${nd(3)}`, () => `0117 496 0${nd(3)}`, () => `028 9018 ${nd(4)}`, () => `+44 (0)7700 900${nd(3)}`],
    AU: [() => `0491 570 ${nd(3)}`, () => `(08) 5550 ${nd(4)}`, () => `+61 4 9157 0${nd(3)}`],
    IE: [() => `085 ${nd(3)} ${nd(4)}`, () => `(091) ${nd(3)} ${nd(3)}`, () => `+353 (0)86 ${nd(3)} ${nd(4)}`],
    FR: [() => `07 ${nd(2)} ${nd(2)} ${nd(2)} ${nd(2)}`, () => `+33 (0)4 ${nd(2)} ${nd(2)} ${nd(2)} ${nd(2)}`, () => `06.39.98.${nd(2)}.${nd(2)}`],
    DE: [() => `0176 ${nd(8)}`, () => `(040) ${nd(3)} ${nd(4)}`, () => `+49 (0)711 ${nd(6)}`],
  }[cc];
  return one(f)();
}
function addr(cc) {
  const P = PLACES[cc]; const s = one(P.streets); const t = one(P.towns);
  if (cc === 'US') return one([`${between(100, 12999)} ${s}, ${t[0]}, ${t[1]} ${t[2]}${nd(2)}`, `${between(20, 999)} ${s} #${between(100, 899)}, ${t[0]}`, `${say(String(between(10, 999)))} ${s.toLowerCase()}`]);
  if (cc === 'GB') return `${one(['', `Flat ${between(1, 6)}/${between(1, 4)}, `])}${between(2, 190)} ${s}, ${t[0]} ${t[1]} ${between(1, 9)}${one(['DY', 'JP', 'LU', 'WE'])}`;
  if (cc === 'AU') return `${one(['', `Apt ${between(1, 40)}, `])}${between(1, 420)} ${s}, ${t[0]} ${t[1]} ${t[2]}`;
  if (cc === 'IE') return `${between(1, 80)} ${s}, ${t[0]}, ${t[1]} ${one(['A', 'C', 'K', 'N'])}${nd(1)}${one(['D', 'F', 'X'])}${nd(1)}`;
  if (cc === 'FR') return `${between(1, 99)}${one(['', ' ter', ' bis'])} ${s}, ${t[1]} ${t[0]}`;
  return `${s} ${between(1, 160)}, ${t[1]} ${t[0]}`;
}
function zip(cc) {
  const t = one(PLACES[cc].towns);
  return { US: () => `${t[2]}${nd(2)}`, GB: () => `${t[1]} ${between(1, 9)}${one(['QA', 'XF', 'BW'])}`, AU: () => t[2], IE: () => `${t[1]} ${one(['E', 'W', 'P'])}${nd(1)}${one(['H', 'K'])}${nd(1)}`, FR: () => t[1], DE: () => t[1] }[cc]();
}
function born(cc) {
  const y = between(1941, 2021), m = between(1, 12), d = between(1, 28);
  const pad = n => String(n).padStart(2, '0');
  if (cc === 'US') return one([`${pad(m)}-${pad(d)}-${y}`, `${MONTH[m - 1]} ${d} ${y}`, `${say(String(m))} ${say(String(d))} ${String(y).slice(2)}`]);
  if (cc === 'DE') return one([`${d}.${m}.${y}`, `${pad(d)}.${pad(m)}.${String(y).slice(2)}`]);
  if (cc === 'FR') return one([`${pad(d)}/${pad(m)}/${y}`, `${d} ${['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'][m - 1]} ${y}`]);
  return one([`${pad(d)}-${pad(m)}-${y}`, `${d} ${MONTH[m - 1].slice(0, 3)} ${y}`, `${MONTH[m - 1]} the ${d}${d === 1 || d === 21 ? 'st' : d === 2 || d === 22 ? 'nd' : d === 3 || d === 23 ? 'rd' : 'th'}, ${y}`]);
}
function mail(g, f, spoken) {
  const u = ascii(`${g[0]}${f}`).toLowerCase().replace(/[^a-z]/g, '') + (next() < 0.4 ? nd(2) : '');
  const p = one(PROVIDERS);
  return spoken ? `${u} at ${p.replace(/\./g, ' dot ')}` : `${u}@${p}`;
}

const CCS = ['US', 'US', 'US', 'GB', 'AU', 'IE', 'FR', 'DE'];
const FRAMES = [
  (c, g, f) => `okay so um ${tag('PERSON', `${g} ${f}`)} and the callback is ${tag('PHONE', tel(c))}`,
  (c, g, f) => `${tag('PERSON', g.toLowerCase())} speaking, i'm at ${tag('STREET_ADDRESS', addr(c))}`,
  (c, g, f) => `Can you update my number to ${tag('PHONE', say(tel(c)))}? It's ${tag('PERSON', f)}.`,
  (c, g, f) => `sorry the surname is ${tag('PERSON', f)}, like ${tag('PERSON', ascii(f).replace(/[^A-Za-z]/g, '').toUpperCase().split('').join('-'))}`,
  (c, g, f) => `for ${tag('PERSON', `${g} ${f}`)}, birthday ${tag('DATE_OF_BIRTH', born(c))}, she's got a ${tag('MEDICAL_CONDITION', one(TROUBLE))}`,
  (c, g, f) => `the email on file should be ${tag('EMAIL', mail(g, f, next() < 0.5))}`,
  (c, g, f) => `i'm ${tag('PERSON', g)} and i was born ${tag('DATE_OF_BIRTH', born(c))} if you need to look me up`,
  (c, g, f) => `post code ${tag('POSTAL_CODE', zip(c))}, and the name's ${tag('PERSON', `${f}, ${g}`)}`,
  (c, g, f) => `Our new place is ${tag('STREET_ADDRESS', addr(c))}; reach ${tag('PERSON', g)} on ${tag('PHONE', tel(c))}.`,
  (c, g, f) => `Dr ${tag('PERSON', f)} wanted to see me again about the ${tag('MEDICAL_CONDITION', one(TROUBLE))}`,
  (c, g, f) => `write to ${tag('EMAIL', mail(g, f, false))} or text ${tag('PHONE', tel(c))}, either works`,
  (c, g, f) => `Caller: ${tag('PERSON', `${g} ${f}`)}, ${tag('DATE_OF_BIRTH', born(c))}, ${tag('STREET_ADDRESS', addr(c))}`,
  (c, g, f) => `yeah hi it's for my kid, ${tag('PERSON', g)}, we're in ${tag('POSTAL_CODE', zip(c))} now`,
  (c, g, f) => `uh ${tag('PERSON', `${g.toLowerCase()} ${f.toLowerCase()}`)} here um you called me on ${tag('PHONE', tel(c))} earlier`,
  (c, g, f) => `please bill ${tag('STREET_ADDRESS', addr(c))}, attention ${tag('PERSON', `${g} ${f}`)}`,
];

const out = new Set();
while (out.size < 120) {
  const [g, f] = one(PEOPLE); const c = one(CCS);
  out.add(one(FRAMES)(c, g, f));
}
const head = '#! clinic: {"country":"US","phones":["(918) 555-0175"],"addresses":["4410 South Peoria Avenue, Tulsa, OK 74105"],"emails":["office@peoriaavedental.com"]}';
const text = [head, '# set-b generated.txt - produced by gen.mjs (xorshift32 seed 0x5eedb0b); regenerate, never hand-edit', '', ...[...out].flatMap(l => [l, ''])].join('\n');
writeFileSync(join(dirname(fileURLToPath(import.meta.url)), 'generated.txt'), text);
console.log(`generated.txt: ${out.size} lines`);
