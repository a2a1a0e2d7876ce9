// gen.mjs — deterministic generator for set-e/generated.txt (plain Node.js 20, no dependencies).
// Writes 120 positive single-line caller utterances built from the hand-typed lexicons below.
// Usage: node gen.mjs   (fixed seed; the output is identical on every run)
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const SEED = 20261202;
function mulberry32(a) { return () => { a |= 0; a = (a + 0x6d2b79f5) | 0; let t = Math.imul(a ^ (a >>> 15), 1 | a); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }; }
const rnd = mulberry32(SEED);
const pick = a => a[Math.floor(rnd() * a.length)];
const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
const digits = n => Array.from({ length: n }, () => int(0, 9)).join("");
const chance = p => rnd() < p;

// ---------------- lexicons (hand-typed) ----------------
const GIVEN = {
  irish: ["Siobhán", "Dermot", "Aoife", "Cian", "Niamh", "Pádraig", "Róisín", "Eoin"],
  polish: ["Agnieszka", "Grzegorz", "Małgorzata", "Krzysztof", "Zofia", "Wojciech"],
  nigerian: ["Chinonso", "Funmilayo", "Emeka", "Ngozi", "Oluwatobi", "Yetunde", "Chidi"],
  vietnamese: ["Thanh", "Linh", "Quang", "Hương", "Minh Anh", "Tuấn"],
  indian: ["Aarav", "Priyanka", "Sandeep", "Lakshmi", "Harpreet", "Venkatesh", "Divya"],
  arabic: ["Youssef", "Layla", "Omar", "Fatima", "Khalid", "Noura", "Hamza"],
  spanish: ["Alejandro", "Lucía", "Javier", "María José", "Guadalupe", "Rodrigo"],
  dutch: ["Joost", "Femke", "Sanne", "Bram", "Maarten", "Annelies"],
  chinese: ["Wei", "Xiaoling", "Jianhua", "Mei", "Zhiwei", "Yun"],
  korean: ["Min-jun", "Seo-yeon", "Ji-hoon", "Hye-jin", "Dae-sung"],
  greek: ["Eleni", "Konstantinos", "Dimitra", "Giorgos", "Athanasia"],
  ukrainian: ["Oksana", "Taras", "Bohdan", "Olena", "Mykola"],
  turkish: ["Elif", "Mustafa", "Zeynep", "Emre", "Ayşe", "Burak"],
  filipino: ["Maricel", "Jericho", "Rowena", "Jun-Jun", "Analyn", "Rodel"],
  english: ["Will", "Grace", "Hope", "Mark", "Rose", "Bill", "May", "Faith"],
};
const SURNAME = {
  irish: ["O'Brien-Walsh", "Ní Bhriain", "McGillycuddy", "Ó Ceallaigh", "Fitzpatrick", "Breathnach"],
  polish: ["Kowalski", "Wiśniewska", "Szczepański", "Brzęczyszczykiewicz", "Nowak", "Dąbrowski"],
  nigerian: ["Okafor", "Adeyemi", "Nwachukwu", "Oyelaran", "Balogun", "Eze"],
  vietnamese: ["Nguyễn", "Trần", "Phạm", "Lê", "Huỳnh", "Võ"],
  indian: ["Natarajan", "Chatterjee", "Subramanian", "Sandhu", "Reddy", "Iyer"],
  arabic: ["Al-Hashimi", "El-Sayed", "Haddad", "Abu Bakr", "Al Mansouri", "Khoury"],
  spanish: ["García Márquez", "de la Cruz", "Fernández", "Ibáñez", "Quintero", "del Valle"],
  dutch: ["van der Berg", "de Jong", "van den Heuvel", "Bakker", "ter Horst", "van Dijk"],
  chinese: ["Zhang", "Liu", "Huang", "Chen", "Xu", "Zhou"],
  korean: ["Park", "Kim", "Choi", "Jung", "Yoon"],
  greek: ["Papadopoulos", "Konstantinidou", "Georgiou", "Nikolaidis"],
  ukrainian: ["Shevchenko", "Bondarenko", "Kovalchuk", "Tkachenko"],
  turkish: ["Yılmaz", "Öztürk", "Demir", "Çelik", "Şahin"],
  filipino: ["Dela Cruz", "Bautista", "Macaraeg", "Villanueva", "Santos"],
  english: ["Whitfield", "Harrington", "Smith Jr", "Baxter", "Ellison III"],
};
const ORIGINS = Object.keys(GIVEN);
const FEMALE = ["Agnieszka", "Ngozi", "Linh", "Priyanka", "Layla", "Lucía", "Femke", "Mei", "Seo-yeon", "Eleni", "Oksana", "Zeynep", "Maricel", "Grace", "Hope", "Rose", "May", "Faith", "Róisín", "Yetunde"];

const STREETS = {
  US: { streets: ["Maple Avenue", "Elm Street", "Martin Luther King Jr Blvd", "Cedar Ridge Drive", "W 34th Street", "Old Country Road"],
        towns: [["Columbus", "OH", "43215"], ["Tucson", "AZ", "85719"], ["Queens", "NY", "11375"], ["Dearborn", "MI", "48126"], ["Houston", "TX", "77036"]] },
  UK: { streets: ["Mill Lane", "Station Road", "Albert Terrace", "Coronation Street", "Brick Lane", "Hope Street"],
        towns: [["York", "YO1 7HH"], ["Manchester", "M14 5RT"], ["Bristol", "BS3 4QN"], ["Glasgow", "G12 8QQ"], ["Cardiff", "CF24 3AA"]] },
  AU: { streets: ["Smith St", "Sydney Road", "Beach Parade", "Chapel Street", "Hindley Street"],
        towns: [["Fitzroy", "VIC", "3065"], ["Brunswick", "VIC", "3056"], ["Parramatta", "NSW", "2150"], ["Fremantle", "WA", "6160"], ["Toowong", "QLD", "4066"]] },
  IE: { streets: ["Church Road", "Main Street", "Strand Road", "O'Connell Avenue", "Bóthar na Trá"],
        towns: [["Tralee, Co. Kerry", "V92 X4T2"], ["Galway", "H91 E2K3"], ["Dublin 8", "D08 VF8H"], ["Limerick", "V94 T9PX"], ["Sligo", "F91 W2K7"]] },
  FR: { streets: ["rue de la République", "avenue Jean Jaurès", "boulevard Voltaire", "rue des Lilas", "place Bellecour"],
        towns: [["Lyon", "69002"], ["Paris", "75011"], ["Marseille", "13006"], ["Toulouse", "31000"], ["Lille", "59000"]] },
  DE: { streets: ["Lindenweg", "Hauptstraße", "Schillerstraße", "Am Stadtpark", "Friedrichstraße"],
        towns: [["München", "80331"], ["Hamburg", "20095"], ["Köln", "50667"], ["Leipzig", "04109"], ["Berlin", "10117"]] },
  CA: { streets: ["Rue Saint-Denis", "Yonge Street", "Jasper Avenue", "Main Street", "Robson Street"],
        towns: [["Montréal", "QC", "H2X 3L4"], ["Toronto", "ON", "M4Y 1R5"], ["Edmonton", "AB", "T5J 0N3"], ["Winnipeg", "MB", "R3B 0T6"], ["Vancouver", "BC", "V6E 1B3"]] },
};
function address(cc) {
  const S = STREETS[cc], st = pick(S.streets), t = pick(S.towns), n = int(2, 980);
  switch (cc) {
    case "US": return `${n} ${st}${chance(0.5) ? `, Apt ${int(1, 12)}${pick(["A", "B", "C"])}` : ""}, ${t[0]}, ${t[1]} ${t[2]}`;
    case "UK": return `${chance(0.4) ? `Flat ${int(1, 9)}, ` : ""}${n} ${st}, ${t[0]} ${t[1]}`;
    case "AU": return `${chance(0.5) ? `Unit ${int(1, 12)}/` : ""}${n} ${st}, ${t[0]} ${t[1]} ${t[2]}`;
    case "IE": return `${n} ${st}, ${t[0]} ${t[1]}`;
    case "FR": return `${int(1, 90)} ${st}, ${t[1]} ${t[0]}`;
    case "DE": return `${st} ${int(1, 140)}, ${t[1]} ${t[0]}`;
    case "CA": return `${n} ${st}, ${t[0]}, ${t[1]} ${t[2]}`;
  }
}
function postcode(cc) { const t = pick(STREETS[cc].towns); return cc === "US" || cc === "AU" || cc === "CA" ? t[2] : t[1]; }

// phones: fictional / reserved-looking ranges, national and international
function phone(cc) {
  const d4 = () => String(int(100, 199)).padStart(4, "0");
  switch (cc) {
    case "US": return pick([`(${pick(["212", "503", "312", "713"])}) 555-${d4()}`, `+1 ${pick(["646", "971", "520"])} 555 ${d4()}`, `555-${d4()}`, `1-${pick(["313", "617"])}-555-${d4()}`]);
    case "UK": return pick([`07700 900${String(int(0, 999)).padStart(3, "0")}`, `0161 496 0${digits(3)}`, `020 7946 0${digits(3)}`, `+44 7700 900 ${String(int(0, 999)).padStart(3, "0")}`]);
    case "AU": return pick([`0491 570 ${pick(["006", "156", "157", "158", "159", "313", "737", "808"])}`, `(03) 7010 ${digits(4)}`, `(02) 5550 ${digits(4)}`, `+61 491 570 ${pick(["006", "313", "737"])}`]);
    case "IE": return pick([`087 ${digits(3)} ${digits(4)}`, `01 ${digits(3)} ${digits(4)}`, `+353 86 ${digits(3)} ${digits(4)}`]);
    case "FR": return pick([`06 39 98 ${digits(2)} ${digits(2)}`, `01 99 00 ${digits(2)} ${digits(2)}`, `+33 6 39 98 ${digits(2)} ${digits(2)}`]);
    case "DE": return pick([`030 23125 ${digits(3)}`, `0151 ${digits(8)}`, `+49 30 23125 ${digits(3)}`]);
    case "CA": return pick([`(${pick(["604", "416", "514", "403"])}) 555-${d4()}`, `+1 ${pick(["778", "647"])} 555 ${d4()}`]);
  }
}
const WORD = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
function speakDigits(s, { oh = true, doubles = true } = {}) {
  const ds = s.replace(/\D/g, "").split(""); const out = [];
  for (let i = 0; i < ds.length; i++) {
    const w = ds[i] === "0" && oh ? "oh" : WORD[+ds[i]];
    if (doubles && ds[i + 1] === ds[i] && ds[i + 2] === ds[i]) { out.push("triple " + w); i += 2; }
    else if (doubles && ds[i + 1] === ds[i]) { out.push("double " + w); i++; }
    else out.push(w);
  }
  return out.join(" ");
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty-first", "twenty-second", "twenty-third", "twenty-fourth", "twenty-fifth", "twenty-sixth", "twenty-seventh", "twenty-eighth"];
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const two = n => n < 10 ? "oh " + WORD[n] : n < 20 ? ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"][n - 10] : TENS[Math.floor(n / 10)] + (n % 10 ? "-" + WORD[n % 10] : "");
function dob(dayFirst) {
  const y = int(1936, 2019), m = int(1, 12), d = int(1, 28), p = n => String(n).padStart(2, "0");
  const yw = y < 2000 ? "nineteen " + two(y % 100) : y < 2010 ? "two thousand and " + WORD[y % 10] : "twenty " + two(y % 100);
  return pick(dayFirst
    ? [`${p(d)}/${p(m)}/${y}`, `${d}.${m}.${y}`, `${ORD[d - 1]} of ${MONTHS[m - 1]} ${yw}`, `${d} ${MONTHS[m - 1]} ${y}`]
    : [`${p(m)}/${p(d)}/${y}`, `${MONTHS[m - 1]} ${d}, ${y}`, `${MONTHS[m - 1].toLowerCase()} ${ORD[d - 1]} ${yw}`, `${m}-${d}-${String(y).slice(2)}`, `${MONTHS[m - 1].slice(0, 3).toLowerCase()} ${d} ${String(y).slice(2)}`]);
}
const CONDITIONS = ["type 2 diabetes", "high blood pressure", "asthma", "afib", "COPD", "sleep apnea", "an abscess", "bleeding gums", "a swollen jaw", "toothache", "TMJ", "migraines", "epilepsy", "hypothyroidism", "acid reflux", "a cracked molar", "gum disease", "kidney stones", "psoriasis", "a heart murmur", "pregnant"];
const MEDS = ["Eliquis", "metformin", "Ozempic", "Ventolin", "amoxicillin", "Advil", "lisinopril", "Keppra", "levothyroxine", "Nexium", "clopidogrel", "Jardiance", "prednisone", "Trulicity", "gabapentin", "Zoloft"];
const MED_FOR = [["metformin", "type 2 diabetes"], ["Ozempic", "type 2 diabetes"], ["Jardiance", "sugar"], ["lisinopril", "high blood pressure"], ["Ventolin", "asthma"], ["Eliquis", "afib"], ["Keppra", "epilepsy"], ["levothyroxine", "hypothyroidism"], ["Nexium", "acid reflux"], ["amoxicillin", "abscess"], ["Advil", "toothache"], ["gabapentin", "nerve pain"], ["Zoloft", "depression"], ["prednisone", "COPD"], ["Trulicity", "diabetes"], ["clopidogrel", "heart disease"], ["Symbicort", "COPD"], ["ibuprofen", "swollen jaw"]];
const OPEN = ["", "", "hi, ", "hello, ", "um ", "yeah hi, ", "good morning, ", "sorry, ", "okay so ", "hiya, "];
const CLOSE = ["", "", "", " thanks", ", is that okay", " if that helps", ", sorry", " yeah"];
const DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "eircom.net", "btinternet.com", "bigpond.com", "web.de", "orange.fr", "videotron.ca"];
function ascii(s) { return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/ł/g, "l").replace(/ı/g, "i").replace(/[^A-Za-z]/g, "").toLowerCase(); }
function email(g, s, spoken) {
  const user = pick([`${ascii(g)}.${ascii(s)}`, `${ascii(g)[0]}${ascii(s)}${int(1, 99)}`, `${ascii(s)}_${ascii(g)}`]);
  const dom = pick(DOMAINS);
  if (!spoken) return `${user}@${dom}`;
  return `${user.replace(/\./g, " dot ").replace(/_/g, " underscore ")} at ${dom.replace(/\./g, " dot ")}`;
}
function luhnComplete(prefix, len) {
  let s = prefix; while (s.length < len - 1) s += int(0, 9);
  for (let c = 0; c <= 9; c++) { const t = s + c; let sum = 0; for (let i = 0; i < t.length; i++) { let n = +t[t.length - 1 - i]; if (i % 2) { n *= 2; if (n > 9) n -= 9; } sum += n; } if (sum % 10 === 0) return t; }
}
function card() { const n = luhnComplete(pick(["4", "51", "55", "2221"]), 16); return pick([n.replace(/(\d{4})(?=\d)/g, "$1 "), n.replace(/(\d{4})(?=\d)/g, "$1-"), n]); }
function ssn() { const a = String(int(101, 665)).padStart(3, "0"), b = String(int(10, 99)), c = String(int(1001, 9899)); return pick([`${a}-${b}-${c}`, `${a} ${b} ${c}`, speakDigits(a + b + c, { oh: true, doubles: false })]); }
function iban(cc, bban) { const r = (bban + cc + "00").replace(/[A-Z]/g, c => String(c.charCodeAt(0) - 55)); let m = 0; for (const ch of r) m = (m * 10 + +ch) % 97; return (cc + String(98 - m).padStart(2, "0") + bban).replace(/(.{4})/g, "$1 ").trim(); }
function bank() { return pick([() => iban("DE", "37040044" + digits(10)), () => iban("GB", "NWBK" + "601613" + digits(8)), () => iban("FR", "30006000" + digits(15)), () => iban("IE", "AIBK" + "931152" + digits(8)), () => `${digits(2)}-${digits(2)}-${digits(2)} ${digits(8)}`, () => `${digits(4)} ${digits(4)} ${digits(3)}`])(); }
function insurance() { return pick([`${pick(["XGH", "ZQW", "MBR", "H"])}${digits(9)}`, `${digits(3)} ${digits(3)} ${digits(4)}`, `${int(1, 9)}${pick(["EG", "TQ", "HK"])}${int(1, 9)}-${pick(["TE", "WM", "PW"])}${int(1, 9)}-${pick(["MK", "JA", "RT"])}${digits(2)}`, `${digits(4)} ${digits(5)} ${int(1, 9)}`]); }
function mrn() { return pick([`MRN${digits(7)}`, `${digits(8)}`, `${pick(["PH", "UR", "RX"])}-${digits(6)}`, speakDigits(digits(7), { doubles: false })]); }
function license() { return pick([`${pick(["D", "B", "F"])}${digits(7)}`, `${digits(3)} ${digits(3)} ${digits(3)}`, `${pick(["S", "W"])}${digits(3)}-${digits(3)}-${digits(2)}-${digits(3)}-0`, `MORGA${digits(6)}SM9IJ`, `T${digits(4)}-${digits(5)}-${digits(5)}`]); }
function ip() { const a = pick([["192", "0", "2"], ["198", "51", "100"], ["203", "0", "113"], ["10", String(int(0, 9)), String(int(0, 9))], ["192", "168", String(int(0, 9))]]); const s = [...a, String(int(2, 250))]; return chance(0.3) ? s.map(x => x.split("").map(d => d === "0" ? "oh" : WORD[+d]).join(" ")).join(" dot ") : s.join("."); }

// ---------------- sentence assembly ----------------
const L = (type, text) => ({ type, text });
function person() {
  const o = pick(ORIGINS), g = pick(GIVEN[o]), s = pick(SURNAME[o]);
  return { g, s, full: chance(0.15) && o === "vietnamese" ? `${s} ${g}` : `${g} ${s}` };
}
const CC = ["US", "US", "US", "UK", "AU", "IE", "FR", "DE", "CA"];
const TEMPLATES = [
  () => { const p = person(); return ["hi it's ", L("PERSON", p.full), " calling, my number is ", L("PHONE", phone(pick(CC)))]; },
  () => { const p = person(), [m, c] = pick(MED_FOR); return [L("PERSON", p.full), pick([" here, date of birth ", ", born ", " speaking, DOB "]), L("DATE_OF_BIRTH", dob(false)), pick([", I'm on ", ", I take ", ", they put me on "]), L("MEDICATION", m), " for my ", L("MEDICAL_CONDITION", c)]; },
  () => { const p = person(), cc = pick(["UK", "IE", "FR", "DE", "AU"]); return ["yeah so I moved, the new address is ", L("STREET_ADDRESS", address(cc)), " and the mobile is ", L("PHONE", phone(cc))]; },
  () => { const p = person(); return ["my name is ", L("PERSON", p.g), " ", L("PERSON", p.s), " and you can email me at ", L("EMAIL", email(p.g, p.s, false))]; },
  () => { const p = person(); return ["uh the email is ", L("EMAIL", email(p.g, p.s, true)), " and it's for ", L("PERSON", p.g.toLowerCase())]; },
  () => ["the last four of my social are ", L("SSN", speakDigits(digits(3) + int(1, 9), { doubles: false }))],
  () => { const p = person(); return ["it's ", L("PERSON", p.full), ", social ", L("SSN", ssn()), ", I'm applying for the payment plan"]; },
  () => ["you can put it on the card ", L("CREDIT_CARD", card()), " please"],
  () => ["charge the card ending in ", L("CREDIT_CARD", digits(4)), " like last time"],
  () => { const cc = pick(["US", "UK", "AU", "CA", "DE", "FR", "IE"]); return ["I'm at ", L("STREET_ADDRESS", address(cc)), ", that's where the letters should go"]; },
  () => { const cc = pick(["US", "UK", "AU", "CA", "DE", "FR", "IE"]); return ["the postcode is ", L("POSTAL_CODE", postcode(cc))]; },
  () => { const p = person(); return [pick(["I'm calling on behalf of ", "this is about my relative ", "I'm the carer for "]), L("PERSON", p.full), pick([", the medical record number is ", ", MRN ", ", chart number "]), L("MEDICAL_RECORD_NUMBER", mrn())]; },
  () => ["the member ID on my card is ", L("INSURANCE_ID", insurance()), " and I've got ", L("MEDICAL_CONDITION", pick(["sleep apnea", "COPD", "asthma", "afib", "TMJ"]))],
  () => ["for the ID check my driver's license is ", L("DRIVER_LICENSE", license())],
  () => ["put the refund into ", L("BANK_ACCOUNT", bank()), " please"],
  () => ["the portal says my IP ", L("IP_ADDRESS", ip()), " is blocked"],
  () => { const p = person(); return ["this is ", L("PERSON", p.full), ", Dr. ", L("PERSON", pick(["Okonkwo", "van Rijn", "Nakamura", "Ó Briain", "Haddad", "Kowalczyk"])), " told me to call about my ", L("MEDICAL_CONDITION", pick(["toothache", "bleeding gums", "abscess", "swollen jaw", "TMJ"]))]; },
  () => { const p = person(); const sp = p.s.replace(/[^A-Za-zÀ-ž]/g, "").toUpperCase().split("").join(" "); return ["last name ", L("PERSON", p.s), ", that's ", L("PERSON", sp)]; },
  () => { const p = person(); return [pick(["my partner ", "my daughter-in-law ", "my friend "]), L("PERSON", pick(FEMALE)), " is ", L("MEDICAL_CONDITION", "pregnant"), " and takes ", L("MEDICATION", pick(["Diclegis", "folic acid", "Tylenol", "levothyroxine"]))]; },
  () => { const p = person(), cc = pick(["UK", "IE", "AU"]); return ["born ", L("DATE_OF_BIRTH", dob(true)), ", the name's ", L("PERSON", p.full), ", ring me on ", L("PHONE", phone(cc))]; },
  () => { const n = phone("US").replace(/\D/g, ""); return ["call me back at ", L("PHONE", speakDigits(n.length === 11 ? n.slice(1) : n))]; },
  () => { const p = person(); return ["um yeah ", L("PERSON", p.full.toLowerCase()), ...pick([[" i have a ", "toothache"], [" i have an ", "abscess"], [" i got ", "bleeding gums"], [" i have ", "sleep apnea"], [" i got ", "afib"], [" i've had ", "chest pain"]]).map((x, i) => i === 1 ? L("MEDICAL_CONDITION", x) : x), " and i'm on ", L("MEDICATION", pick(MEDS).toLowerCase())]; },
];
function render(parts) { return parts.map(x => typeof x === "string" ? x : `[[${x.type}|${x.text}]]`).join(""); }
function asr(parts) { // lower-case, drop commas/periods outside labels
  return parts.map(x => typeof x === "string" ? x.toLowerCase().replace(/[.,]/g, "") : { type: x.type, text: x.text.toLowerCase() });
}
const header = '#! clinic: {"country":"US","phones":["(212) 555-0100"],"addresses":["350 Fifth Avenue, Suite 1200, New York, NY 10118"],"emails":["desk@midtownfamilycare.com"]}';
const out = [header, "# set-e / generated.txt : written by gen.mjs (seed " + SEED + "). Held-out: do not tune on it.", ""];
const seen = new Set();
while (seen.size < 120) {
  let parts = [pick(OPEN), ...TEMPLATES[seen.size < TEMPLATES.length ? seen.size : Math.floor(rnd() * TEMPLATES.length)](), pick(CLOSE)];
  if (typeof parts[1] === "string" && parts[0]) parts[1] = parts[1].replace(/^(hi|um yeah|yeah so|uh) /i, "");
  if (chance(0.35)) parts = asr(parts);
  const line = render(parts);
  if (/\[\[[A-Z_]+\|[^\]]*[\[|][^\]]*\]\]/.test(line) || seen.has(line)) continue;
  seen.add(line); out.push(line, "");
}
writeFileSync(join(dirname(fileURLToPath(import.meta.url)), "generated.txt"), out.join("\n"));
console.log(`wrote ${seen.size} lines to generated.txt`);
