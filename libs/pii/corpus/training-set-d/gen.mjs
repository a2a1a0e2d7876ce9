// gen.mjs - deterministic generator for set-d/generated.txt (Node 20, no deps).
// Hand-typed lexicons; fixed seed. Run: node gen.mjs
import fs from 'fs'; import path from 'path'; import { fileURLToPath } from 'url';
const here = path.dirname(fileURLToPath(import.meta.url));
let seed = 0x5e7d2026;
function rnd() { seed |= 0; seed = (seed + 0x6D2B79F5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }
const pick = a => a[Math.floor(rnd() * a.length)];
const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
// given names by origin
const GIVEN = {
  irish: ['Caoimhe','Oisín','Niamh','Cathal','Róisín','Eoghan'],
  polish: ['Małgorzata','Krzysztof','Zofia','Wojciech','Jadwiga'],
  nigerian: ['Chiamaka','Emeka','Folasade','Tunde','Ngozi','Obinna'],
  vietnamese: ['Thanh','Huong','Quang','Linh','Bao'],
  indian: ['Ananya','Vikram','Lakshmi','Arjun','Meenakshi','Sandeep'],
  arabic: ['Layla','Youssef','Hana','Tariq','Mariam','Omar'],
  spanish: ['Guadalupe','Alejandro','Itziar','Rocío','Joaquín'],
  dutch: ['Sanne','Maarten','Femke','Bram'],
  chinese: ['Xiaoming','Jing','Wen','Haoran','Yuxin'],
  korean: ['Min-jun','Seo-yeon','Hyun-woo','Ji-hye'],
  greek: ['Eleni','Stavros','Kalliope','Nikos'],
  anglo: ['Hope','Will','Grace','Bill','Rose','Mark','May','Summer'],
  german: ['Jürgen','Annika','Lukas','Friederike'],
  french: ['Aurélien','Margaux','Théo','Solène'],
  ghanaian: ['Kofi','Ama','Yaw'],
};
const SUR = {
  irish: ["O'Brien",'Mac Giolla Phádraig','Ní Dhomhnaill','Fitzgerald','Ó Súilleabháin','Keogh'],
  polish: ['Wójcik','Grabowska','Nowakowski','Kamińska','Lewandowski'],
  nigerian: ['Okonjo-Iweala','Balogun','Eze','Adeyemi','Nnamdi','Oyelowo'],
  vietnamese: ['Phạm','Huynh','Vo','Dang','Bui'],
  indian: ['Raghunathan','Chatterjee','Deshpande','Gill','Venkataraman','Pillai'],
  arabic: ['Al-Mansour','Haddad','El-Amin','Nasser','Abu Sharif','Darwish'],
  spanish: ['de la Cruz','Fernández Ruiz','Echeverría','Ortega','Quintero'],
  dutch: ['van der Linden','de Vries','van den Heuvel','Jansen','ter Horst'],
  chinese: ['Zhou','Liang','Xu','Guo','Tan'],
  korean: ['Choi','Jeong','Kang','Yoon'],
  greek: ['Papadakis','Georgiou','Konstantinidou','Alexiou'],
  anglo: ['Whitfield','Ashworth','Pennington Jr','Hargreaves'],
  german: ['Schäfer','Hoffmann','Weißberger','von Arnim'],
  french: ['Lefèvre','Dubois-Martin','Girard'],
  ghanaian: ['Mensah','Boateng','Owusu-Ansah'],
};
// streets by country: [number-style, street, town, region/postcode]
const STREETS = {
  US: ['Sycamore Drive','West Fullerton Avenue','Ridgeview Court','Old Mill Road','Magnolia Boulevard','Cedar Hollow Lane','North Lincoln Street','Pinecrest Terrace'],
  UK: ['Albion Road','Church Lane','Victoria Terrace','Coronation Street','Beech Avenue','Station Approach'],
  AU: ['Wattle Street','Beach Road','Jacaranda Crescent','Bourke Street','Banksia Avenue'],
  IE: ['Ashfield Park','Griffith Avenue','Ballymun Road','Strand Road','Clontarf Road'],
  FR: ['rue des Lilas','avenue Jean Jaurès','boulevard Saint-Michel','rue Oberkampf'],
  DE: ['Bahnhofstraße','Kastanienallee','Goethestraße','Am Stadtpark'],
};
const TOWNS = {
  US: [['Peoria','IL 61602'],['Naperville','IL 60540'],['Madison','WI 53703'],['Austin','TX 78704'],['Tucson','AZ 85719']],
  UK: [['Leeds','LS6 2AB'],['Cardiff','CF10 1EP'],['Norwich','NR2 4PD'],['Exeter','EX4 3SR']],
  AU: [['Geelong VIC','3220'],['Fremantle WA','6160'],['Toowoomba QLD','4350']],
  IE: [['Cork','T12 K8AF'],['Galway','H91 E2K3'],['Drogheda','A92 F5R6']],
  FR: [['Lyon','69003'],['Toulouse','31000'],['Nantes','44000']],
  DE: [['Hamburg','20095'],['Köln','50667'],['Leipzig','04109']],
};
const digits = n => Array.from({length:n},()=>int(0,9)).join('');
const WORD = ['zero','one','two','three','four','five','six','seven','eight','nine'];
const spoken = s => s.split('').map(c => /\d/.test(c) ? (c==='0' && rnd()<0.6 ? 'oh' : WORD[+c]) : c).join(' ').replace(/ +/g,' ').replace(/ - /g,', ');
const PHONES = {
  US: () => pick([`(${pick(['312','217','608','512'])}) 555-01${digits(2)}`, `+1 ${pick(['773','414','520'])} 555 01${digits(2)}`, `555-01${digits(2)}`, spoken(`${pick(['312','608'])} 555 01${digits(2)}`)]),
  UK: () => pick([`07700 900${digits(3)}`, `+44 7700 900${digits(3)}`, `0113 496 0${digits(3)}`, `020 7946 0${digits(3)}`]),
  AU: () => pick([`0491 570 ${pick(['006','156','313','737','110'])}`, `+61 491 570 ${pick(['006','156','313'])}`, `(03) 9${digits(3)} ${digits(4)}`, `(08) 6${digits(3)} ${digits(4)}`]),
  IE: () => pick([`087 ${digits(3)} ${digits(4)}`, `+353 85 ${digits(3)} ${digits(4)}`, `(021) 4${digits(2)} ${digits(4)}`]),
  FR: () => pick([`06 ${digits(2)} ${digits(2)} ${digits(2)} ${digits(2)}`, `+33 6 ${digits(2)} ${digits(2)} ${digits(2)} ${digits(2)}`, `01 ${digits(2)} ${digits(2)} ${digits(2)} ${digits(2)}`]),
  DE: () => pick([`030 ${digits(7)}`, `+49 170 ${digits(7)}`, `089 ${digits(3)} ${digits(4)}`]),
};
const C = Object.keys(STREETS);
const MEDS = ['Eliquis','metformin','Lipitor','gabapentin','prednisone','Zoloft','clopidogrel','Januvia','omeprazole','Ventolin'];
const CONDS = ['type 2 diabetes','receding gums','high blood pressure','sensitive teeth','heart failure','rheumatoid arthritis','migraines','gum disease','celiac disease','anxiety'];
const DOBS = () => pick([`${int(1,12)}/${int(1,28)}/19${int(40,99)}`, `${pick(['January','March','July','October'])} ${int(1,28)}, 19${int(50,99)}`, `the ${pick(['fourth','ninth','twenty-first','thirtieth'])} of ${pick(['May','June','August','November'])} nineteen ${pick(['fifty','sixty-two','seventy-eight','eighty-five'])}`]);
const L = (t, v) => `[[${t}|${v}]]`;
function person() { const o = pick(Object.keys(GIVEN)); const o2 = rnd() < 0.7 ? o : pick(Object.keys(SUR));
  let g = pick(GIVEN[o]), s = pick(SUR[o2]); let full = `${g} ${s}`; if (rnd() < 0.25) full = full.toLowerCase(); return {g, s, full}; }
function address(c) { const st = pick(STREETS[c]); const [town, pc] = pick(TOWNS[c]); const n = int(1, 240);
  if (c === 'FR') return `${n} ${st}, ${pc} ${town}`;
  if (c === 'DE') return `${st} ${n}, ${pc} ${town}`;
  if (c === 'US') return rnd()<0.3 ? `${n*10+int(0,9)} ${st}, Apt ${int(1,9)}${pick(['A','B','C'])}, ${town}, ${pc}` : `${n*10+int(0,9)} ${st}, ${town}, ${pc}`;
  if (c === 'AU') return rnd()<0.4 ? `Unit ${int(1,12)}/${n} ${st}, ${town} ${pc}` : `${n} ${st}, ${town} ${pc}`;
  if (c === 'UK') return rnd()<0.3 ? `Flat ${int(1,9)}, ${n} ${st}, ${town} ${pc}` : `${n} ${st}, ${town} ${pc}`;
  return `${n} ${st}, ${town}, ${pc}`; }
const TEMPLATES = [
  () => { const p = person(), c = pick(C); return `hi it's ${L('PERSON',p.full)}, I moved to ${L('STREET_ADDRESS',address(c))} so can you update my file`; },
  () => { const p = person(), c = pick(C); return `${L('PERSON',p.full)} here, best number is ${L('PHONE',PHONES[c]())}`; },
  () => { const p = person(), c = pick(C); return `um yeah this is ${L('PERSON',p.g)} uh my number is ${L('PHONE',PHONES[c]())} and i have ${L('MEDICAL_CONDITION',pick(CONDS))}`; },
  () => { const p = person(); return `calling for my mother ${L('PERSON',p.full)}, she takes ${L('MEDICATION',pick(MEDS))} and was born ${L('DATE_OF_BIRTH',DOBS())}`; },
  () => { const p = person(), c = pick(C); return `the address is ${L('STREET_ADDRESS',address(c))}, and it's under ${L('PERSON',p.s)}`; },
  () => { const p = person(), c = pick(C); return `you can text ${L('PHONE',PHONES[c]())}, ask for ${L('PERSON',p.g)}, I'm on ${L('MEDICATION',pick(MEDS))} for ${L('MEDICAL_CONDITION',pick(CONDS))}`; },
  () => { const p = person(), c = pick(C); return `so ${L('PERSON',p.full)}, ${L('STREET_ADDRESS',address(c))}, ${L('PHONE',PHONES[c]())}, that's all the details`; },
  () => { const p = person(); return `my husband ${L('PERSON',p.g)} has ${L('MEDICAL_CONDITION',pick(CONDS))}, can Dr. ${L('PERSON',pick(SUR[pick(Object.keys(SUR))]))} see him this week`; },
  () => { const p = person(), c = pick(C); return `it's ${L('PERSON',p.full)}, date of birth ${L('DATE_OF_BIRTH',DOBS())}, mobile ${L('PHONE',PHONES[c]())}`; },
  () => { const p = person(), c = pick(C); return `I'm staying at ${L('STREET_ADDRESS',address(c))} with ${L('PERSON',p.g)} for a few weeks`; },
];
const out = ['#! clinic: {"country":"US","phones":["(555) 310-2200"],"addresses":["4050 Lakeview Parkway, Madison, WI 53704"],"emails":["office@lakeviewdentalgroup.com"]}',
  '# Set D generated lines (gen.mjs, seed 0x5e7d2026). 120 positive single-line items.', ''];
for (let i = 0; i < 120; i++) { out.push(TEMPLATES[i % TEMPLATES.length === 0 ? int(0, TEMPLATES.length - 1) : (i + int(0, 3)) % TEMPLATES.length]()); out.push(''); }
fs.writeFileSync(path.join(here, 'generated.txt'), out.join('\n'));
const nG = Object.values(GIVEN).flat().length, nS = Object.values(SUR).flat().length;
console.log(`wrote generated.txt: 120 lines; lexicon given=${nG} surnames=${nS} origins=${Object.keys(GIVEN).length} streets=${Object.values(STREETS).flat().length} towns=${Object.values(TOWNS).flat().length}`);
