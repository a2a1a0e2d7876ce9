// Checker for held-out set K. Usage: node check.mjs
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
const dir = path.dirname(fileURLToPath(import.meta.url));
const TYPES = ['PERSON','PHONE','EMAIL','DATE_OF_BIRTH','SSN','CREDIT_CARD','STREET_ADDRESS','POSTAL_CODE',
  'MEDICAL_RECORD_NUMBER','INSURANCE_ID','DRIVER_LICENSE','BANK_ACCOUNT','IP_ADDRESS','MEDICAL_CONDITION','MEDICATION'];
const MIN = Object.fromEntries(TYPES.map(t => [t, 15]));
for (const t of ['PERSON','PHONE','STREET_ADDRESS','MEDICAL_CONDITION']) MIN[t] = 60;
const FILES = ['us.txt','uk.txt','au.txt','ie.txt','ca.txt','eu.txt','generated.txt'];
const errors = [];
const total = { items: 0, pos: 0, neg: 0, dlg: 0, ents: Object.fromEntries(TYPES.map(t => [t, 0])) };
const handTotal = { items: 0, pos: 0, neg: 0, dlg: 0 };
const seenLines = new Map();
function parseLine(line, where) {
  const ents = []; let plain = ''; let i = 0;
  while (i < line.length) {
    const s = line.indexOf('[[', i);
    if (s < 0) { plain += line.slice(i); break; }
    plain += line.slice(i, s);
    const e = line.indexOf(']]', s);
    if (e < 0) { errors.push(`${where}: unclosed [[`); break; }
    const inner = line.slice(s + 2, e);
    const bar = inner.indexOf('|');
    if (bar < 0) { errors.push(`${where}: no | in ${inner}`); i = e + 2; continue; }
    const type = inner.slice(0, bar), text = inner.slice(bar + 1);
    if (!TYPES.includes(type)) errors.push(`${where}: bad type ${type}`);
    if (/[\[\]|]/.test(text)) errors.push(`${where}: bad char in ${text}`);
    if (text !== text.trim() || !text) errors.push(`${where}: untrimmed/empty "${text}"`);
    if (/[.,;:!?]$/.test(text) && !/\.(com|net|org|ie|uk|au|ca|de|fr|es|nl)$/i.test(text) && !/\b(St|Ave|Rd|Dr|Jr|Sr|Blvd)\.$/.test(text))
      errors.push(`${where}: trailing punctuation in "${text}"`);
    ents.push({ type, text });
    plain += text; i = e + 2;
  }
  if (/\[\[|\]\]/.test(plain)) errors.push(`${where}: stray brackets`);
  return { ents, plain };
}
for (const f of FILES) {
  const p = path.join(dir, f);
  if (!fs.existsSync(p)) { errors.push(`missing ${f}`); continue; }
  const lines = fs.readFileSync(p, 'utf8').split('\n');
  const m = /^#! clinic: (\{.*\})$/.exec(lines[0]);
  let clinic = null;
  if (!m) errors.push(`${f}: bad header`);
  else { try { clinic = JSON.parse(m[1]); if (!/^[A-Z]{2}$/.test(clinic.country)) errors.push(`${f}: bad country`);
    for (const k of ['phones','addresses','emails']) if (!Array.isArray(clinic[k]) || !clinic[k].length) errors.push(`${f}: header ${k}`);
  } catch (e) { errors.push(`${f}: header JSON ${e.message}`); } }
  if (lines.slice(1).some(l => l.startsWith('#! clinic'))) errors.push(`${f}: more than one header`);
  const c = { items: 0, pos: 0, neg: 0, dlg: 0, ents: Object.fromEntries(TYPES.map(t => [t, 0])) };
  let block = [];
  const flush = () => {
    if (!block.length) return;
    const isDlg = block.length > 1 || /^(Agent|Caller): /.test(block[0].l) && block.length > 1;
    if (block.length > 1 && !block.every(b => /^(Agent|Caller): /.test(b.l))) errors.push(`${f}:${block[0].n}: multi-line block that is not a dialogue`);
    let n = 0;
    for (const b of block) {
      const { ents, plain } = parseLine(b.l, `${f}:${b.n}`);
      n += ents.length;
      for (const e of ents) { c.ents[e.type] = (c.ents[e.type] || 0) + 1;
        if (clinic) for (const k of ['phones','addresses','emails']) for (const v of clinic[k]) if (e.text === v || v.includes(e.text) && e.text.length > 6 && e.type !== 'PERSON') errors.push(`${f}:${b.n}: clinic detail labelled "${e.text}"`); }
      if (block.length === 1 && /^Agent: /.test(b.l)) errors.push(`${f}:${b.n}: single line starting with Agent:`);
      const key = plain.toLowerCase().replace(/\s+/g, ' ').trim();
      if (key.length > 25 && !key.startsWith('agent:') && seenLines.has(key) && f !== 'generated.txt') errors.push(`${f}:${b.n}: duplicate line (also ${seenLines.get(key)})`);
      seenLines.set(key, `${f}:${b.n}`);
    }
    c.items++; if (n) c.pos++; else c.neg++; if (isDlg) c.dlg++;
    block = [];
  };
  lines.slice(1).forEach((l, idx) => {
    const n = idx + 2;
    if (l.startsWith('#')) return;
    if (!l.trim()) { flush(); return; }
    const isSpk = /^(Agent|Caller): /.test(l);
    if (!isSpk && block.length) { flush(); }
    if (block.length && !/^(Agent|Caller): /.test(block[0].l)) flush();
    block.push({ l, n });
    if (!isSpk) flush();
  });
  flush();
  console.log(`${f.padEnd(14)} items ${String(c.items).padStart(4)}  pos ${String(c.pos).padStart(4)}  neg ${String(c.neg).padStart(4)}  dialogues ${String(c.dlg).padStart(4)}`);
  total.items += c.items; total.pos += c.pos; total.neg += c.neg; total.dlg += c.dlg;
  if (f !== 'generated.txt') { handTotal.items += c.items; handTotal.pos += c.pos; handTotal.neg += c.neg; handTotal.dlg += c.dlg; }
  for (const t of TYPES) total.ents[t] += c.ents[t];
}
console.log(`\nhand-written: items ${handTotal.items}  pos ${handTotal.pos}  neg ${handTotal.neg}  dialogues ${handTotal.dlg}`);
console.log(`all files:    items ${total.items}  pos ${total.pos}  neg ${total.neg}  dialogues ${total.dlg}`);
console.log('\nentities per type (all files):');
for (const t of TYPES) { const ok = total.ents[t] >= MIN[t]; if (!ok) errors.push(`type ${t}: ${total.ents[t]} < ${MIN[t]}`);
  console.log(`  ${t.padEnd(22)} ${String(total.ents[t]).padStart(4)}${ok ? '' : '  <-- below ' + MIN[t]}`); }
if (handTotal.items < 700) errors.push(`hand-written items ${handTotal.items} < 700`);
if (handTotal.neg < 150) errors.push(`hard negatives ${handTotal.neg} < 150`);
if (handTotal.dlg < 100) errors.push(`dialogues ${handTotal.dlg} < 100`);
if (errors.length) { console.log(`\n${errors.length} problem(s):`); for (const e of errors.slice(0, 80)) console.log('  ' + e); process.exitCode = 1; }
else console.log('\nCLEAN');
