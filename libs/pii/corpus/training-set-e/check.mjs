// check.mjs — validator for held-out set-e (plain Node.js 20, no dependencies)
// usage: node check.mjs            (checks every *.txt next to this script)
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const TYPES = ["PERSON","PHONE","EMAIL","DATE_OF_BIRTH","SSN","CREDIT_CARD","STREET_ADDRESS","POSTAL_CODE",
  "MEDICAL_RECORD_NUMBER","INSURANCE_ID","DRIVER_LICENSE","BANK_ACCOUNT","IP_ADDRESS","MEDICAL_CONDITION","MEDICATION"];
const HAND = ["us.txt","uk.txt","au.txt","ie.txt","ca.txt","eu.txt"];
const dir = dirname(fileURLToPath(import.meta.url));
const files = readdirSync(dir).filter(f => f.endsWith(".txt")).sort();
const LABEL = /\[\[([A-Z_]+)\|([^\[\]|]*)\]\]/g;
let errors = 0;
const err = (f, n, m) => { errors++; console.log(`ERROR ${f}:${n}: ${m}`); };
const zero = () => Object.fromEntries(TYPES.map(t => [t, 0]));
const totals = { pos: 0, neg: 0, dlg: 0, ents: zero(), handEnts: zero(), handPos: 0, handNeg: 0, handDlg: 0, asr: 0, items: 0 };
const perFile = {};

for (const f of files) {
  const lines = readFileSync(join(dir, f), "utf8").split("\n");
  const st = { pos: 0, neg: 0, dlg: 0, ents: zero() };
  perFile[f] = st;
  let clinic = null;
  const m = /^#! clinic: (\{.*\})$/.exec(lines[0] || "");
  if (!m) err(f, 1, "missing or malformed header");
  else {
    try { clinic = JSON.parse(m[1]); } catch (e) { err(f, 1, "header JSON: " + e.message); }
    if (clinic) {
      if (!/^[A-Z]{2}$/.test(clinic.country || "")) err(f, 1, "country not ISO alpha-2");
      for (const k of ["phones", "addresses", "emails"])
        if (!Array.isArray(clinic[k]) || !clinic[k].length || clinic[k].some(x => typeof x !== "string")) err(f, 1, `header ${k} must be a non-empty string array`);
    }
  }
  lines.slice(1).forEach((l, i) => { if (l.startsWith("#!")) err(f, i + 2, "second header line"); });
  // group into items
  const items = []; let cur = [];
  lines.forEach((l, i) => {
    if (i === 0) return;
    if (l.trim() === "") { if (cur.length) items.push(cur); cur = []; return; }
    if (l.startsWith("#")) return;
    cur.push({ l, n: i + 1 });
  });
  if (cur.length) items.push(cur);
  for (const it of items) {
    const isDlg = it.length > 1 || /^Agent: /.test(it[0].l);
    if (it.length > 1 && !it.every(x => /^(Agent|Caller): \S/.test(x.l))) {
      err(f, it[0].n, "multi-line block whose lines are not all Agent:/Caller: turns"); continue;
    }
    let count = 0, plainAll = "";
    for (const { l, n } of it) {
      if (l !== l.trimEnd()) err(f, n, "trailing whitespace");
      let plain = "", last = 0;
      for (const mm of l.matchAll(LABEL)) {
        const [whole, type, text] = mm;
        plain += l.slice(last, mm.index) + text; last = mm.index + whole.length;
        if (!TYPES.includes(type)) err(f, n, `unknown type ${type}`);
        if (!text.length) err(f, n, "empty label");
        if (text !== text.trim()) err(f, n, `label has outer whitespace: "${text}"`);
        if (/[.,;:!?"')]$/.test(text) && !/^(Dr|St|Jr|Sr)\.$/.test(text.split(" ").pop())) err(f, n, `label ends with punctuation: "${text}"`);
        if (/^[,;:!?"']/.test(text)) err(f, n, `label starts with punctuation: "${text}"`);
        if (clinic) for (const v of [...clinic.phones, ...clinic.addresses, ...clinic.emails])
          if (text === v || (text.length > 5 && v.includes(text) && type !== "PERSON" && type !== "POSTAL_CODE")) err(f, n, `clinic detail labelled: "${text}"`);
        if (TYPES.includes(type)) { st.ents[type]++; totals.ents[type]++; if (HAND.includes(f)) totals.handEnts[type]++; }
        count++;
      }
      plain += l.slice(last);
      if (/[\[\]|]/.test(l.replace(LABEL, ""))) err(f, n, "stray [ ] or | outside a label");
      if (!l.startsWith("Agent: ")) plainAll += plain.replace(/^Caller: /, "") + "\n";
    }
    const asr = !/[A-Z]/.test(plainAll); // ASR-style: no capital letter anywhere in the caller's words
    if (asr) totals.asr++;
    totals.items++;
    if (count) { st.pos++; totals.pos++; if (HAND.includes(f)) totals.handPos++; }
    else { st.neg++; totals.neg++; if (HAND.includes(f)) totals.handNeg++; }
    if (isDlg) { st.dlg++; totals.dlg++; if (HAND.includes(f)) totals.handDlg++; }
    if (isDlg && it.length < 2) err(f, it[0].n, "dialogue with a single turn");
  }
}

for (const f of files) {
  const s = perFile[f];
  console.log(`${f.padEnd(14)} positives=${s.pos} negatives=${s.neg} dialogues=${s.dlg} entities=${Object.values(s.ents).reduce((a, b) => a + b, 0)}`);
}
console.log("\nentities per type   hand-written  all");
for (const t of TYPES) console.log(`  ${t.padEnd(22)} ${String(totals.handEnts[t]).padStart(5)} ${String(totals.ents[t]).padStart(6)}`);
console.log(`\nhand-written: positives=${totals.handPos} negatives=${totals.handNeg} dialogues=${totals.handDlg}`);
console.log(`all files:    positives=${totals.pos} negatives=${totals.neg} dialogues=${totals.dlg} items=${totals.items} ASR-style(all-lowercase caller text)=${totals.asr}`);
const handItems = HAND.reduce((a, f) => a + (perFile[f] ? perFile[f].pos + perFile[f].neg : 0), 0);
if (perFile["us.txt"]) console.log(`us share of hand-written items: ${(100 * (perFile["us.txt"].pos + perFile["us.txt"].neg) / handItems).toFixed(1)}%`);
// minimums from the brief
const warn = [];
for (const f of HAND) if (!perFile[f]) warn.push(`missing ${f}`);
if (!perFile["generated.txt"]) warn.push("missing generated.txt");
else if (perFile["generated.txt"].pos < 120) warn.push("generated.txt has fewer than 120 positives");
if (totals.handPos < 350) warn.push(`hand-written positives ${totals.handPos} < 350`);
if (totals.handNeg < 120) warn.push(`hand-written negatives ${totals.handNeg} < 120`);
if (totals.handDlg < 90) warn.push(`hand-written dialogues ${totals.handDlg} < 90`);
for (const t of TYPES) if (totals.handEnts[t] < 20) warn.push(`${t} has ${totals.handEnts[t]} < 20 hand-written entities`);
for (const f of HAND) if (perFile[f] && f !== "us.txt" && perFile["us.txt"] && perFile[f].pos + perFile[f].neg >= perFile["us.txt"].pos + perFile["us.txt"].neg) warn.push(`us.txt is not the largest (vs ${f})`);
for (const w of warn) console.log("MINIMUM NOT MET: " + w);
console.log(errors || warn.length ? `\n${errors} error(s), ${warn.length} unmet minimum(s)` : "\nCLEAN: 0 errors, all minimums met");
process.exit(errors || warn.length ? 1 : 0);
