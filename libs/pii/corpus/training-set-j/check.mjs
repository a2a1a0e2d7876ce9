// Checker for set J. Usage: node check.mjs  (parses every *.txt in this folder)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
const dir = path.dirname(fileURLToPath(import.meta.url));
const TYPES = ['PERSON','PHONE','EMAIL','DATE_OF_BIRTH','SSN','CREDIT_CARD','STREET_ADDRESS','POSTAL_CODE',
  'MEDICAL_RECORD_NUMBER','INSURANCE_ID','DRIVER_LICENSE','BANK_ACCOUNT','IP_ADDRESS','MEDICAL_CONDITION','MEDICATION'];
const files = ['us.txt','uk.txt','au.txt','ie.txt','ca.txt','eu.txt','generated.txt'];
const LABEL = /\[\[([A-Z_]+)\|([^\[\]|]*)\]\]/g;
let errors = 0;
const err = (f, n, m) => { errors++; console.log(`ERROR ${f}:${n}: ${m}`); };
const tot = { items: 0, pos: 0, neg: 0, dialogues: 0, dialoguesNeg: 0, ent: Object.fromEntries(TYPES.map(t => [t, 0])) };
const perFile = {};
for (const f of files) {
  const p = path.join(dir, f);
  if (!fs.existsSync(p)) { err(f, 0, 'missing file'); continue; }
  const lines = fs.readFileSync(p, 'utf8').split('\n');
  const st = { items: 0, pos: 0, neg: 0, dialogues: 0 };
  perFile[f] = st;
  let clinic = null;
  if (!lines[0].startsWith('#! clinic: ')) err(f, 1, 'bad header');
  else {
    try { clinic = JSON.parse(lines[0].slice('#! clinic: '.length)); } catch (e) { err(f, 1, 'header JSON: ' + e.message); }
    if (clinic && (!/^[A-Z]{2}$/.test(clinic.country) || !Array.isArray(clinic.phones) || !Array.isArray(clinic.addresses) || !Array.isArray(clinic.emails))) err(f, 1, 'header fields');
  }
  for (let i = 1; i < lines.length; i++) if (lines[i].startsWith('#!')) err(f, i + 1, 'extra header');
  const clinicStrings = clinic ? [...clinic.phones, ...clinic.addresses, ...clinic.emails] : [];
  // group blocks
  const blocks = []; let cur = [];
  for (let i = 1; i < lines.length; i++) {
    const l = lines[i];
    if (l.startsWith('#')) continue;
    if (l.trim() === '') { if (cur.length) blocks.push(cur); cur = []; continue; }
    cur.push([i + 1, l]);
  }
  if (cur.length) blocks.push(cur);
  const items = [];
  for (const b of blocks) {
    const sp = b.every(([, l]) => /^(Agent|Caller): /.test(l));
    if (b.length > 1 && sp) items.push({ dlg: true, lines: b });
    else if (b.length > 1) {
      if (b.some(([, l]) => /^(Agent|Caller): /.test(l))) err(f, b[0][0], 'mixed block: dialogue and plain lines without blank separator');
      for (const x of b) items.push({ dlg: false, lines: [x] });
    } else {
      if (/^Agent: /.test(b[0][1])) err(f, b[0][0], 'single line starting with Agent:');
      items.push({ dlg: false, lines: b });
    }
  }
  for (const it of items) {
    let n = 0;
    for (const [ln, l] of it.lines) {
      const stripped = l.replace(LABEL, (m, t, x) => {
        n++;
        if (!TYPES.includes(t)) err(f, ln, 'unknown type ' + t);
        else { tot.ent[t]++; }
        if (x.length === 0) err(f, ln, 'empty label');
        if (x !== x.trim()) err(f, ln, `whitespace at label edge: "${x}"`);
        if (/[.,;:!?]$/.test(x) && !/\b(St|Ave|Rd|Dr|Jr|Sr|jr|sr|etc)\.$/.test(x)) err(f, ln, `trailing punctuation in label: "${x}"`);
        if (/^[.,;:!?]/.test(x)) err(f, ln, `leading punctuation in label: "${x}"`);
        for (const c of clinicStrings) if (x.includes(c) || c.includes(x) && x.length > 6) err(f, ln, `clinic detail labelled: "${x}"`);
        if (t === 'MEDICAL_CONDITION' && /^(a|an|the|my|his|her|me)\s/i.test(x)) err(f, ln, `article/possessive inside condition: "${x}"`);
        if (t === 'PERSON' && /^(Dr|Doctor)\b/i.test(x)) err(f, ln, `title inside PERSON: "${x}"`);
        return x;
      });
      if (/[\[\]|]/.test(stripped)) err(f, ln, 'stray bracket or pipe');
      // unlabelled practitioner name after title
      const raw = l.replace(LABEL, 'XLABELX');
      const m = raw.match(/\b(Dr\.?|Doctor|doctor|dr\.?)\s+([A-Z][a-z'\-]+)/);
      if (m && !['XLABELX'].includes(m[2]) && !/^(Dr|Doctor)\s+(Who|Appointment|Office|Surgery|Visit|If|And|Or|The|A|I|On|Is|In|At|Of)\b/.test(m[0])) err(f, ln, `unlabelled name after title? "${m[0]}"`);
    }
    st.items++; tot.items++;
    if (it.dlg) { st.dialogues = (st.dialogues || 0) + 1; tot.dialogues++; if (!n) tot.dialoguesNeg++; }
    if (n) { st.pos++; tot.pos++; } else { st.neg++; tot.neg++; }
  }
}
console.log('Per file:');
for (const [f, s] of Object.entries(perFile)) console.log(`  ${f.padEnd(14)} items=${s.items} positive=${s.pos} negative=${s.neg} dialogues=${s.dialogues}`);
console.log(`TOTAL items=${tot.items} positive=${tot.pos} hard-negative=${tot.neg} dialogues=${tot.dialogues} (negative dialogues=${tot.dialoguesNeg})`);
console.log('Entities per type:');
let bad = 0;
for (const t of TYPES) { const c = tot.ent[t]; if (c < 12) bad++; console.log(`  ${t.padEnd(22)} ${c}${c < 12 ? '  <-- below 12' : ''}`); }
console.log(`errors=${errors}`);
process.exit(errors || bad ? 1 : 0);
