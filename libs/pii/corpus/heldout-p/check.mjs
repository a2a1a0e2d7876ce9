// Checker for set P. Usage: node check.mjs
import fs from 'node:fs'; import path from 'node:path'; import url from 'node:url';
const dir = path.dirname(url.fileURLToPath(import.meta.url));
const TYPES = ['PERSON','PHONE','EMAIL','DATE_OF_BIRTH','SSN','CREDIT_CARD','STREET_ADDRESS','POSTAL_CODE','MEDICAL_RECORD_NUMBER','INSURANCE_ID','DRIVER_LICENSE','BANK_ACCOUNT','IP_ADDRESS','MEDICAL_CONDITION','MEDICATION'];
const FILES = ['us.txt','uk.txt','au.txt','ie.txt','ca.txt','eu.txt','generated.txt'];
let errors = 0; const err = (f, n, m) => { errors++; console.log(`ERR ${f}:${n}: ${m}`); };
const tot = { items: 0, pos: 0, neg: 0, dlg: 0, types: Object.fromEntries(TYPES.map(t => [t, 0])) };
const seenLines = new Map();
for (const f of FILES) {
  const p = path.join(dir, f); if (!fs.existsSync(p)) { err(f, 0, 'missing'); continue; }
  const lines = fs.readFileSync(p, 'utf8').split('\n');
  const st = { items: 0, pos: 0, neg: 0, dlg: 0, types: Object.fromEntries(TYPES.map(t => [t, 0])) };
  let header = null;
  if (!lines[0].startsWith('#! clinic: ')) err(f, 1, 'bad header');
  else { try { header = JSON.parse(lines[0].slice(11)); } catch (e) { err(f, 1, 'header json'); } }
  if (header) {
    if (!/^[A-Z]{2}$/.test(header.country || '')) err(f, 1, 'country');
    for (const k of ['phones','addresses','emails']) if (!Array.isArray(header[k]) || !header[k].length) err(f, 1, 'header ' + k);
  }
  if (lines.slice(1).some(l => l.startsWith('#! clinic:'))) err(f, 0, 'extra header');
  const clinicVals = header ? [...header.phones, ...header.addresses, ...header.emails] : [];
  let blocks = [], cur = [];
  lines.slice(1).forEach((l, i) => {
    const n = i + 2;
    if (l.trim() === '') { if (cur.length) blocks.push(cur); cur = []; return; }
    if (l.startsWith('#')) return;
    cur.push([n, l]);
  });
  if (cur.length) blocks.push(cur);
  for (const b of blocks) {
    const isDlg = b.length > 1;
    let ents = 0;
    for (const [n, l] of b) {
      if (isDlg && !/^(Agent|Caller): \S/.test(l)) err(f, n, 'dialogue line without speaker');
      if (!isDlg && l.startsWith('Agent:')) err(f, n, 'single line starting with Agent');
      if (l.startsWith("Agent:")) {} else { const key = l.replace(/^(Agent|Caller): /, '').toLowerCase();
      if (key.length > 25) { if (seenLines.has(key)) err(f, n, 'duplicate line of ' + seenLines.get(key)); else seenLines.set(key, `${f}:${n}`); } }
      const re = /\[\[([A-Z_]+)\|([^\[\]|]*)\]\]/g; let m;
      for (m of l.matchAll(re)) {
        const [, t, v] = m;
        if (!TYPES.includes(t)) err(f, n, 'bad type ' + t);
        else { st.types[t]++; tot.types[t]++; }
        if (!v || v !== v.trim()) err(f, n, `untrimmed/empty value "${v}"`);
        if (/[.,;:!?]$/.test(v) && !/\.(com|net|org|ie|uk|au)$/i.test(v) && !/\b(St|Ave|Rd|Dr|Jr|Sr)\.$/.test(v)) err(f, n, `trailing punct "${v}"`);
        if (clinicVals.some(c => c === v)) err(f, n, 'clinic detail labelled');
        ents++;
      }
      const stripped = l.replace(re, '');
      if (/\[\[|\]\]|\[|\]/.test(stripped)) err(f, n, 'stray bracket');
      if (/\|/.test(stripped)) err(f, n, 'stray pipe');
    }
    const text = b.map(x => x[1]).join('\n');
    st.items++; if (isDlg) st.dlg++;
    if (ents) st.pos++; else { st.neg++; if (/\b(Dr|Doctor)\b/i.test(text)) err(f, b[0][0], 'hard negative contains Dr/Doctor'); }
  }
  console.log(`${f}: items ${st.items} pos ${st.pos} neg ${st.neg} dialogues ${st.dlg}`);
  console.log('   ' + TYPES.filter(t => st.types[t]).map(t => `${t}=${st.types[t]}`).join(' '));
  if (f !== 'generated.txt') { for (const k of ['items','pos','neg','dlg']) tot[k] += st[k]; for (const t of TYPES) tot.types[t] -= 0; }
  else { for (const t of TYPES) tot.types[t] -= st.types[t]; if (st.pos !== 120 || st.neg) err(f, 0, 'generated must be 120 positives'); if (header && header.country !== 'US') err(f, 1, 'generated header must be US'); }
  st.file = f; (globalThis.per ||= []).push(st);
}
console.log(`\nHAND-WRITTEN TOTAL: items ${tot.items} pos ${tot.pos} neg ${tot.neg} dialogues ${tot.dlg}`);
for (const t of TYPES) console.log(`  ${t.padEnd(22)} ${tot.types[t]}`);
const big = ['PERSON','PHONE','STREET_ADDRESS','MEDICAL_CONDITION','MEDICATION','DATE_OF_BIRTH'];
for (const t of TYPES) { const min = big.includes(t) ? 40 : 20; if (tot.types[t] < min) err('total', 0, `${t} ${tot.types[t]} < ${min}`); }
if (tot.items < 700) err('total', 0, 'items < 700'); if (tot.pos < 450) err('total', 0, 'pos < 450');
if (tot.neg < 150) err('total', 0, 'neg < 150'); if (tot.dlg < 100) err('total', 0, 'dialogues < 100');
const us = per.find(s => s.file === 'us.txt');
if (us) { const others = per.filter(s => s.file !== 'us.txt' && s.file !== 'generated.txt');
  if (us.items > 0.4 * tot.items) err('us.txt', 0, 'US > 40%');
  for (const o of others) { if (o.items < 60) err(o.file, 0, '< 60 items'); if (o.items > us.items) err(o.file, 0, 'larger than US'); } }
console.log(errors ? `\n${errors} error(s)` : '\nCLEAN');
process.exit(errors ? 1 : 0);
