// Checker for heldout set-f. Usage: node check.mjs
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
const dir = path.dirname(fileURLToPath(import.meta.url));
const TYPES = ['PERSON','PHONE','EMAIL','DATE_OF_BIRTH','SSN','CREDIT_CARD','STREET_ADDRESS','POSTAL_CODE',
  'MEDICAL_RECORD_NUMBER','INSURANCE_ID','DRIVER_LICENSE','BANK_ACCOUNT','IP_ADDRESS','MEDICAL_CONDITION','MEDICATION'];
const FILES = ['us.txt','uk.txt','au.txt','ie.txt','ca.txt','eu.txt','generated.txt'];
const LABEL = /\[\[([A-Z_]+)\|([^\[\]|]*)\]\]/g;
const SPK = /^(Agent|Caller): /;
let errors = 0;
const err = (f, n, m) => { errors++; console.log(`ERROR ${f}:${n}: ${m}`); };
const tot = { pos: 0, neg: 0, dlg: 0, ent: Object.fromEntries(TYPES.map(t => [t, 0])) };
const per = {};
for (const f of FILES) {
  const p = path.join(dir, f);
  if (!fs.existsSync(p)) { err(f, 0, 'missing file'); continue; }
  const lines = fs.readFileSync(p, 'utf8').split('\n');
  const st = { pos: 0, neg: 0, dlg: 0, ent: 0 };
  per[f] = st;
  let clinic = null;
  const m = lines[0].match(/^#! clinic: (.*)$/);
  if (!m) err(f, 1, 'missing header');
  else {
    try { clinic = JSON.parse(m[1]); } catch (e) { err(f, 1, 'bad header JSON'); }
    if (clinic) {
      if (!/^[A-Z]{2}$/.test(clinic.country || '')) err(f, 1, 'bad country');
      for (const k of ['phones','addresses','emails']) if (!Array.isArray(clinic[k]) || !clinic[k].length) err(f, 1, 'header missing ' + k);
    }
  }
  if (lines.slice(1).some(l => l.startsWith('#! clinic:'))) err(f, 0, 'more than one header');
  const clinicVals = clinic ? [...clinic.phones, ...clinic.addresses, ...clinic.emails].map(s => s.toLowerCase()) : [];
  // build items
  const items = [];
  let block = [];
  const flush = () => {
    if (!block.length) return;
    const isDlg = block.length >= 2 && block.every(b => SPK.test(b.t));
    if (isDlg) items.push({ n: block[0].n, lines: block.map(b => b.t), dlg: true });
    else {
      if (block.some(b => /^Agent: /.test(b.t))) err(f, block[0].n, 'Agent line outside a proper dialogue block');
      for (const b of block) items.push({ n: b.n, lines: [b.t], dlg: false });
    }
    block = [];
  };
  lines.forEach((l, i) => {
    if (i === 0) return;
    if (l.trim() === '') { flush(); return; }
    if (l.startsWith('#')) return;
    block.push({ n: i + 1, t: l });
  });
  flush();
  for (const it of items) {
    let count = 0;
    for (const l of it.lines) {
      let rest = l.replace(LABEL, (all, type, text) => {
        count++;
        if (!TYPES.includes(type)) err(f, it.n, 'unknown type ' + type);
        if (!text.length) err(f, it.n, 'empty label');
        if (text !== text.trim()) err(f, it.n, `whitespace at label edge: "${text}"`);
        if (/[,;:!?]$/.test(text) || (/\.$/.test(text) && !/\b(St|Ave|Rd|Dr|Jr|Sr|Blvd|Mr|Mrs|Ln|Ct|Pl)\.$/.test(text))) err(f, it.n, `trailing punctuation in label: "${text}"`);
        if (clinicVals.some(c => text.toLowerCase().includes(c) || c === text.toLowerCase())) err(f, it.n, `clinic detail labelled: "${text}"`);
        if (tot.ent[type] !== undefined) tot.ent[type]++;
        return text;
      });
      if (/\[\[|\]\]|\[|\]/.test(rest)) err(f, it.n, 'stray bracket: ' + l);
    }
    st.ent += count;
    if (it.dlg) st.dlg++;
    if (count) st.pos++; else st.neg++;
  }
  tot.pos += st.pos; tot.neg += st.neg; tot.dlg += st.dlg;
}
console.log('per file:');
for (const [f, s] of Object.entries(per)) console.log(`  ${f.padEnd(14)} items=${s.pos + s.neg} pos=${s.pos} neg=${s.neg} dialogues=${s.dlg} entities=${s.ent}`);
const all = tot.pos + tot.neg;
console.log(`TOTAL items=${all} positives=${tot.pos} negatives=${tot.neg} dialogues=${tot.dlg}`);
console.log('entities per type:');
for (const t of TYPES) { console.log(`  ${t.padEnd(22)} ${tot.ent[t]}`); if (tot.ent[t] < 22) err('set', 0, `type ${t} has only ${tot.ent[t]} (<22)`); }
const usItems = per['us.txt'] ? per['us.txt'].pos + per['us.txt'].neg : 0;
const handItems = Object.entries(per).filter(([f]) => f !== 'generated.txt').reduce((a, [, s]) => a + s.pos + s.neg, 0);
console.log(`US share of hand-written items: ${(100 * usItems / handItems).toFixed(1)}%`);
if (tot.pos < 400) err('set', 0, 'fewer than 400 positives');
if (tot.neg < 125) err('set', 0, 'fewer than 125 negatives');
if (tot.dlg < 130) err('set', 0, 'fewer than 130 dialogues');
console.log(errors ? `${errors} error(s)` : 'CLEAN');
process.exit(errors ? 1 : 0);
