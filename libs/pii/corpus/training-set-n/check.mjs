// Checker for the held-out set N. Plain Node.js 20, no dependencies.
// Usage: node check.mjs   (run from anywhere; checks files next to this script)
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const DIR = dirname(fileURLToPath(import.meta.url));
const TYPES = ['PERSON','PHONE','EMAIL','DATE_OF_BIRTH','SSN','CREDIT_CARD','STREET_ADDRESS','POSTAL_CODE',
  'MEDICAL_RECORD_NUMBER','INSURANCE_ID','DRIVER_LICENSE','BANK_ACCOUNT','IP_ADDRESS','MEDICAL_CONDITION','MEDICATION'];
const HAND = ['us.txt','uk.txt','au.txt','ie.txt','ca.txt','eu.txt'];
const COUNTRIES = { 'us.txt':['US'], 'uk.txt':['GB'], 'au.txt':['AU'], 'ie.txt':['IE'], 'ca.txt':['CA'],
  'eu.txt':['FR','DE','ES','NL'], 'generated.txt':['US'] };
const MIN_PER_TYPE = 20, MIN_BIG = 40;
const BIG = ['PERSON','PHONE','STREET_ADDRESS','MEDICAL_CONDITION','MEDICATION','DATE_OF_BIRTH'];

let errors = [];
const err = (f, ln, m) => errors.push(`${f}:${ln}: ${m}`);

function parseLine(f, ln, line) {
  // returns {plain, ents:[{type,text}]}
  const ents = []; let plain = ''; let i = 0;
  while (i < line.length) {
    const s = line.indexOf('[[', i);
    if (s < 0) { plain += line.slice(i); break; }
    plain += line.slice(i, s);
    const e = line.indexOf(']]', s + 2);
    if (e < 0) { err(f, ln, 'unclosed [['); return { plain, ents, bad: true }; }
    const inner = line.slice(s + 2, e);
    const bar = inner.indexOf('|');
    if (bar < 0) { err(f, ln, `no | in label: ${inner}`); i = e + 2; continue; }
    const type = inner.slice(0, bar), text = inner.slice(bar + 1);
    if (!TYPES.includes(type)) err(f, ln, `unknown type ${type}`);
    if (!text) err(f, ln, 'empty label');
    if (/[\[\]|]/.test(text)) err(f, ln, `bad char in label: ${text}`);
    if (text !== text.trim()) err(f, ln, `untrimmed label: "${text}"`);
    if (/[.,;:!?"]$/.test(text) && !/\.(com|net|org)$/.test(text)) err(f, ln, `trailing punctuation in label: "${text}"`);
    if (/^[.,;:!?"']/.test(text)) err(f, ln, `leading punctuation in label: "${text}"`);
    if (type === 'PERSON' && /^(dr|doctor)\b/i.test(text)) err(f, ln, `title inside PERSON: ${text}`);
    if (type === 'MEDICAL_CONDITION' && /^(my|his|her|their|our|your|a|an|the)\b/i.test(text)) err(f, ln, `possessive inside condition: ${text}`);
    if (type === 'PHONE' && /\b(ext|extension|x)\b/i.test(text)) err(f, ln, `extension inside phone: ${text}`);
    ents.push({ type, text });
    plain += text;
    i = e + 2;
  }
  if (/\[\[|\]\]/.test(plain)) err(f, ln, 'stray brackets');
  return { plain, ents };
}

function checkFile(name) {
  const path = join(DIR, name);
  if (!existsSync(path)) { err(name, 0, 'missing file'); return null; }
  const lines = readFileSync(path, 'utf8').split('\n');
  const st = { items: 0, pos: 0, neg: 0, dialogues: 0, asr: 0, types: Object.fromEntries(TYPES.map(t => [t, 0])),
    lowerPerson: 0, personTotal: 0 };
  if (!lines[0].startsWith('#! clinic: ')) { err(name, 1, 'missing header'); return st; }
  let clinic;
  try { clinic = JSON.parse(lines[0].slice('#! clinic: '.length)); } catch (e) { err(name, 1, 'bad header JSON'); return st; }
  if (!COUNTRIES[name]?.includes(clinic.country)) err(name, 1, `country ${clinic.country} unexpected`);
  for (const k of ['phones','addresses','emails']) if (!Array.isArray(clinic[k]) || !clinic[k].length) err(name, 1, `header ${k}`);
  const clinicBits = [...clinic.phones, ...clinic.addresses, ...clinic.emails].map(s => s.toLowerCase());
  if (lines.slice(1).some(l => l.startsWith('#!'))) err(name, 0, 'more than one header');
  // blocks
  const blocks = []; let cur = [];
  lines.forEach((l, idx) => {
    if (idx === 0) return;
    if (l.startsWith('#')) return;
    if (l.trim() === '') { if (cur.length) blocks.push(cur); cur = []; return; }
    cur.push([idx + 1, l]);
  });
  if (cur.length) blocks.push(cur);
  const seen = new Map();
  for (const b of blocks) {
    let items;
    const allSpk = b.every(([, l]) => /^(Agent|Caller): \S/.test(l));
    if (b.length > 1 && allSpk) items = [b];
    else if (b.length > 1) {
      // consecutive single lines (no speaker prefixes): each is its own item
      if (b.some(([, l]) => /^Agent: /.test(l))) err(name, b[0][0], 'mixed block with Agent line');
      items = b.map(x => [x]);
    } else items = [b];
    for (const it of items) {
      st.items++;
      const isDia = it.length > 1;
      if (isDia) st.dialogues++;
      if (!isDia && /^Agent: /.test(it[0][1])) err(name, it[0][0], 'single-line item spoken by Agent');
      let ents = []; let plainAll = '';
      for (const [ln, l] of it) {
        if (/\s$/.test(l)) err(name, ln, 'trailing whitespace');
        const key = l.replace(/^(Agent|Caller): /, '').toLowerCase();
        if (key.length > 25) { if (seen.has(key)) err(name, ln, `duplicate of line ${seen.get(key)}`); else seen.set(key, ln); }
        const p = parseLine(name, ln, l);
        ents.push(...p.ents); plainAll += p.plain.replace(/^(Agent|Caller): /, '') + ' ';
        for (const e of p.ents) if (clinicBits.includes(e.text.toLowerCase())) err(name, ln, `clinic detail labelled: ${e.text}`);
      }
      if (ents.length) st.pos++; else {
        st.neg++;
        if (/\b(dr|doctor)\b/i.test(plainAll)) err(name, it[0][0], 'hard negative contains Dr/Doctor');
      }
      for (const e of ents) { st.types[e.type]++; if (e.type === 'PERSON') { st.personTotal++; if (e.text === e.text.toLowerCase()) st.lowerPerson++; } }
      // ASR-style heuristic: no capital letters in the caller text (apart from "I") and few commas/periods
      const callerText = it.map(([, l]) => l).filter(l => !/^Agent: /.test(l)).map(l => l.replace(/^Caller: /, '').replace(/\[\[[A-Z_]+\|/g, '').replace(/\]\]/g, '')).join(' ');
      if (callerText && !/[A-Z]/.test(callerText.replace(/\bI\b|\bI'(m|ll|ve|d)\b/g, '')) && !/[.;]\s/.test(callerText)) st.asr++;
    }
  }
  return st;
}

function add(a, b) { for (const k of ['items','pos','neg','dialogues','asr','lowerPerson','personTotal']) a[k] += b[k]; for (const t of TYPES) a.types[t] += b.types[t]; }
const total = { items: 0, pos: 0, neg: 0, dialogues: 0, asr: 0, lowerPerson: 0, personTotal: 0, types: Object.fromEntries(TYPES.map(t => [t, 0])) };
const per = {};
for (const f of HAND) { const s = checkFile(f); if (s) { per[f] = s; add(total, s); } }
const gen = checkFile('generated.txt');

console.log('file            items  pos  neg  dlg  asr');
for (const [f, s] of Object.entries(per)) console.log(`${f.padEnd(15)} ${String(s.items).padStart(5)} ${String(s.pos).padStart(4)} ${String(s.neg).padStart(4)} ${String(s.dialogues).padStart(4)} ${String(s.asr).padStart(4)}`);
console.log(`${'HAND TOTAL'.padEnd(15)} ${String(total.items).padStart(5)} ${String(total.pos).padStart(4)} ${String(total.neg).padStart(4)} ${String(total.dialogues).padStart(4)} ${String(total.asr).padStart(4)}`);
console.log('\nentities per type (hand-written):');
for (const t of TYPES) console.log(`  ${t.padEnd(22)} ${total.types[t]}`);
console.log(`  PERSON lowercase: ${total.lowerPerson}/${total.personTotal}`);
if (gen) {
  console.log(`\ngenerated.txt: items ${gen.items}, pos ${gen.pos}, neg ${gen.neg}`);
  console.log('  ' + TYPES.filter(t => gen.types[t]).map(t => `${t}=${gen.types[t]}`).join(' '));
  if (gen.pos !== 120 || gen.neg !== 0) errors.push('generated.txt: expected exactly 120 positive lines');
}
// minimums
if (total.items < 700) errors.push(`hand-written items ${total.items} < 700`);
if (total.pos < 450) errors.push(`positives ${total.pos} < 450`);
if (total.neg < 150) errors.push(`negatives ${total.neg} < 150`);
if (total.dialogues < 100) errors.push(`dialogues ${total.dialogues} < 100`);
if (total.asr * 3 < total.items) errors.push(`ASR-style items ${total.asr} < a third`);
if (per['us.txt']) {
  const us = per['us.txt'].items;
  if (us > 0.4 * total.items) errors.push(`us.txt ${us} > 40% of ${total.items}`);
  for (const f of HAND) if (f !== 'us.txt' && per[f]) { if (per[f].items < 60) errors.push(`${f} has < 60 items`); if (per[f].items >= us) errors.push(`${f} not smaller than us.txt`); }
}
for (const t of TYPES) { const m = BIG.includes(t) ? MIN_BIG : MIN_PER_TYPE; if (total.types[t] < m) errors.push(`${t}: ${total.types[t]} < ${m}`); }

if (errors.length) { console.log(`\n${errors.length} problem(s):`); for (const e of errors) console.log('  ' + e); process.exit(1); }
console.log('\nclean.');
