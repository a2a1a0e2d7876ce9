// Checker for held-out set I. Usage: node check.mjs  (run from anywhere)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
const dir = path.dirname(fileURLToPath(import.meta.url));
const FILES = ['us.txt','uk.txt','au.txt','ie.txt','ca.txt','eu.txt','generated.txt'];
const TYPES = ['PERSON','PHONE','EMAIL','DATE_OF_BIRTH','SSN','CREDIT_CARD','STREET_ADDRESS','POSTAL_CODE',
  'MEDICAL_RECORD_NUMBER','INSURANCE_ID','DRIVER_LICENSE','BANK_ACCOUNT','IP_ADDRESS','MEDICAL_CONDITION','MEDICATION'];
const ISO = new Set(['US','GB','AU','IE','CA','FR','DE','ES','NL']);
let errors = 0;
const err = (f, n, m) => { errors++; console.log(`ERROR ${f}:${n}: ${m}`); };
const tot = { items:0, pos:0, neg:0, dlg:0, dlgNeg:0, asr:0, ents:0 };
const perType = Object.fromEntries(TYPES.map(t => [t, 0]));
const perFile = {};
const LABEL = /\[\[([A-Z_]+)\|([^\[\]|]*)\]\]/g;
function checkLine(f, n, line, clinic) {
  let ents = [];
  const stripped = line.replace(LABEL, (m, t, txt) => {
    if (!TYPES.includes(t)) err(f, n, `unknown type ${t}`);
    if (!txt.length) err(f, n, 'empty label');
    if (txt !== txt.trim()) err(f, n, `untrimmed label "${txt}"`);
    if (/[.,;:!?'"]$/.test(txt) && !/\.$/.test(txt.replace(/(St|Ave|Rd|Dr|Jr|Sr|Inc|Mt)\.$/, ''))) {}
    if (/[,;:!?"]$/.test(txt) || /^[,;:!?."]/.test(txt)) err(f, n, `punctuation at label edge "${txt}"`);
    for (const c of [...clinic.phones, ...clinic.addresses, ...clinic.emails])
      if (txt === c || c.includes(txt) && txt.length > 6) err(f, n, `clinic detail labelled "${txt}"`);
    ents.push([t, txt]);
    return txt;
  });
  if (/\[\[|\]\]|\[|\]/.test(stripped)) err(f, n, 'stray bracket: ' + line);
  return { ents, stripped };
}
for (const f of FILES) {
  const p = path.join(dir, f);
  if (!fs.existsSync(p)) { err(f, 0, 'missing file'); continue; }
  const lines = fs.readFileSync(p, 'utf8').split('\n');
  const fc = perFile[f] = { items:0, pos:0, neg:0, dlg:0, ents:0 };
  const m = /^#! clinic: (\{.*\})$/.exec(lines[0] || '');
  let clinic = { phones:[], addresses:[], emails:[] };
  if (!m) err(f, 1, 'bad header');
  else {
    try { clinic = JSON.parse(m[1]); } catch (e) { err(f, 1, 'header json: ' + e.message); }
    if (!ISO.has(clinic.country)) err(f, 1, 'bad country ' + clinic.country);
    for (const k of ['phones','addresses','emails']) if (!Array.isArray(clinic[k]) || !clinic[k].length) err(f, 1, 'header missing ' + k);
  }
  if (lines.slice(1).some(l => l.startsWith('#! clinic'))) err(f, 0, 'more than one header');
  let block = [];
  const flush = () => {
    if (!block.length) return;
    const isDlg = block.every(([, l]) => /^(Agent|Caller): /.test(l));
    const units = (isDlg && block.length > 1) ? [block] : block.map(b => [b]);
    if (!isDlg && block.length > 1) err(f, block[0][0], 'multi-line non-dialogue block');
    for (const u of units) {
      let ents = [];
      let asr = false;
      for (const [n, l] of u) {
        if (u.length === 1 && /^Agent: /.test(l)) {} // single agent line allowed
        const r = checkLine(f, n, l, clinic); ents.push(...r.ents);
        const body = r.stripped.replace(/^(Agent|Caller): /, '');
        if (body === body.toLowerCase() && /\b(um|uh|like|er|erm|ah)\b/.test(body)) asr = true;
        if (body === body.toLowerCase() && !/[.?!]$/.test(body)) asr = true;
      }
      tot.items++; fc.items++;
      if (u.length > 1) { tot.dlg++; fc.dlg++; }
      if (asr) tot.asr++;
      if (ents.length) { tot.pos++; fc.pos++; } else { tot.neg++; fc.neg++; if (u.length > 1) tot.dlgNeg++; }
      tot.ents += ents.length; fc.ents += ents.length;
      for (const [t] of ents) if (perType[t] !== undefined) perType[t]++;
    }
    block = [];
  };
  lines.forEach((l, i) => {
    const n = i + 1;
    if (i === 0) return;
    if (l.trim() === '') { flush(); return; }
    if (l.startsWith('#')) return;
    if (l !== l.trimEnd()) err(f, n, 'trailing whitespace');
    block.push([n, l]);
  });
  flush();
}
console.log('per file:'); for (const [f, c] of Object.entries(perFile)) console.log(`  ${f.padEnd(14)} items=${c.items} pos=${c.pos} neg=${c.neg} dialogues=${c.dlg} entities=${c.ents}`);
console.log(`total items=${tot.items} positives=${tot.pos} hard_negatives=${tot.neg} dialogues=${tot.dlg} (negative dialogues=${tot.dlgNeg}) asr_style~${tot.asr} entities=${tot.ents}`);
console.log('entities per type:'); for (const t of TYPES) console.log(`  ${t.padEnd(22)} ${perType[t]}${perType[t] < 12 ? '  <-- below 12' : ''}`);
const hand = Object.entries(perFile).filter(([f]) => f !== 'generated.txt');
const handItems = hand.reduce((a, [, c]) => a + c.items, 0);
if (perFile['us.txt']) console.log(`us.txt share of hand-written items: ${(100 * perFile['us.txt'].items / handItems).toFixed(1)}%`);
console.log(errors ? `${errors} ERRORS` : 'CLEAN');
process.exit(errors ? 1 : 0);
