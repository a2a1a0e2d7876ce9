// Checker for set O. Usage: node check.mjs
import fs from 'node:fs';
import path from 'node:path';
const dir = path.dirname(new URL(import.meta.url).pathname);
const TYPES = ['PERSON','PHONE','EMAIL','DATE_OF_BIRTH','SSN','CREDIT_CARD','STREET_ADDRESS','POSTAL_CODE',
  'MEDICAL_RECORD_NUMBER','INSURANCE_ID','DRIVER_LICENSE','BANK_ACCOUNT','IP_ADDRESS','MEDICAL_CONDITION','MEDICATION'];
const HAND = ['us.txt','uk.txt','au.txt','ie.txt','ca.txt','eu.txt'];
const files = [...HAND, 'generated.txt'];
let errors = 0;
const err = (f, n, m) => { errors++; console.log(`ERROR ${f}:${n}: ${m}`); };
const LABEL = /\[\[([A-Z_]+)\|([^\[\]|]*)\]\]/g;
const seenLines = new Map();
const totals = { hand: newCounts(), gen: newCounts() };
function newCounts() { return { items: 0, pos: 0, neg: 0, dlg: 0, asr: 0, types: Object.fromEntries(TYPES.map(t => [t, 0])) }; }
const perFile = {};
for (const f of files) {
  const p = path.join(dir, f);
  if (!fs.existsSync(p)) { err(f, 0, 'missing file'); continue; }
  const lines = fs.readFileSync(p, 'utf8').split('\n');
  const c = newCounts(); perFile[f] = c;
  let clinic = null;
  if (!lines[0].startsWith('#! clinic: ')) err(f, 1, 'bad header');
  else { try { clinic = JSON.parse(lines[0].slice(11)); } catch (e) { err(f, 1, 'header JSON: ' + e.message); } }
  if (clinic && (!/^[A-Z]{2}$/.test(clinic.country) || !Array.isArray(clinic.phones) || !Array.isArray(clinic.addresses) || !Array.isArray(clinic.emails))) err(f, 1, 'header fields');
  if (lines.slice(1).some(l => l.startsWith('#!'))) err(f, 0, 'more than one header');
  const clinicVals = clinic ? [...clinic.phones, ...clinic.addresses, ...clinic.emails] : [];
  // blocks
  let block = [];
  const blocks = [];
  lines.forEach((l, i) => {
    if (i === 0) return;
    if (l.startsWith('#')) return;
    if (l.trim() === '') { if (block.length) blocks.push(block); block = []; return; }
    block.push([i + 1, l]);
  });
  if (block.length) blocks.push(block);
  for (const b of blocks) {
    const isDlg = b.length > 1;
    if (isDlg && !b.every(([, l]) => /^(Agent|Caller): \S/.test(l))) { err(f, b[0][0], 'multi-line block that is not a dialogue'); continue; }
    if (!isDlg && /^Agent: /.test(b[0][1])) err(f, b[0][0], 'single line item starting with Agent:');
    let nEnt = 0; let hasDr = false; let asr = false;
    for (const [n, l] of b) {
      const key = l.replace(LABEL, '$2').replace(/^(Agent|Caller): /, '').toLowerCase().replace(/[^a-z0-9]/g, '');
      if (key.length > 25 && !/^(Agent|Caller): .{0,30}$/.test(l)) {
        if (seenLines.has(key)) err(f, n, 'duplicate line of ' + seenLines.get(key));
        else seenLines.set(key, `${f}:${n}`);
      }
      let m; LABEL.lastIndex = 0;
      while ((m = LABEL.exec(l))) {
        const [, t, txt] = m;
        nEnt++;
        if (!TYPES.includes(t)) err(f, n, 'unknown type ' + t);
        else c.types[t]++;
        if (!txt.length) err(f, n, 'empty label');
        if (txt !== txt.trim()) err(f, n, `space at label edge "${txt}"`);
        if (/[.,;:!?'"]$/.test(txt) && !/\.(com|net|org)$/.test(txt) && !/(Jr|Sr|St)\.$/.test(txt)) err(f, n, `trailing punctuation "${txt}"`);
        if (/^[.,;:!?"(]/.test(txt) && !/^\(\d/.test(txt)) err(f, n, `leading punctuation "${txt}"`);
        for (const v of clinicVals) if (txt.toLowerCase().includes(v.toLowerCase()) || v.toLowerCase() === txt.toLowerCase()) err(f, n, 'clinic value labelled: ' + txt);
        if (t === 'MEDICAL_CONDITION' && /^(my|his|her|their|our|your) /i.test(txt)) err(f, n, 'possessive inside condition');
        if (t === "MEDICAL_CONDITION" && /^(a|an|the) /i.test(txt)) err(f, n, "article inside condition");
        if (t === 'PERSON' && /^(dr\.?|doctor) /i.test(txt)) err(f, n, 'title inside PERSON');
      }
      const stripped = l.replace(LABEL, '');
      if (/\[\[|\]\]|\[|\]/.test(stripped)) err(f, n, 'stray bracket');
      if (/\b(dr|doctor)\b/i.test(l)) hasDr = true;
      const body = l.replace(LABEL, '$2').replace(/^(Agent|Caller): /, '');
      if (l.startsWith('Caller') || !isDlg) if (body === body.toLowerCase() && /\b(um|uh|like|erm|er|ah|yeah)\b/.test(body)) asr = true;
      if (!isDlg && body === body.toLowerCase() && !/[.?!]$/.test(body)) asr = true;
    }
    c.items++; if (isDlg) c.dlg++; if (asr) c.asr++;
    if (nEnt) c.pos++; else { c.neg++; if (hasDr) err(f, b[0][0], 'hard negative contains Dr/Doctor'); }
  }
  const T = f === 'generated.txt' ? totals.gen : totals.hand;
  for (const k of ['items','pos','neg','dlg','asr']) T[k] += c[k];
  for (const t of TYPES) T.types[t] += c.types[t];
}
console.log('file            items  pos  neg  dlg  asr');
for (const [f, c] of Object.entries(perFile)) console.log(f.padEnd(15), String(c.items).padStart(5), String(c.pos).padStart(4), String(c.neg).padStart(4), String(c.dlg).padStart(4), String(c.asr).padStart(4));
const H = totals.hand;
console.log('\nHAND-WRITTEN TOTAL: items', H.items, 'pos', H.pos, 'neg', H.neg, 'dialogues', H.dlg, 'asr-style', H.asr);
for (const t of TYPES) console.log('  ', t.padEnd(22), H.types[t]);
console.log('GENERATED: items', totals.gen.items, 'pos', totals.gen.pos, 'neg', totals.gen.neg);
for (const t of TYPES) if (totals.gen.types[t]) console.log('  ', t.padEnd(22), totals.gen.types[t]);
// minimums
const need = (ok, m) => { if (!ok) { errors++; console.log('MINIMUM NOT MET: ' + m); } };
need(H.items >= 700, 'items>=700'); need(H.pos >= 450, 'pos>=450'); need(H.neg >= 150, 'neg>=150'); need(H.dlg >= 100, 'dialogues>=100');
need(H.asr * 3 >= H.items, 'asr third');
const us = perFile['us.txt']?.items || 0;
need(us <= 0.4 * H.items, 'us<=40%');
for (const f of HAND) { if (f !== 'us.txt') { need((perFile[f]?.items || 0) >= 60, f + '>=60'); need((perFile[f]?.items || 0) < us, f + ' smaller than us'); } }
const big = ['PERSON','PHONE','STREET_ADDRESS','MEDICAL_CONDITION','MEDICATION','DATE_OF_BIRTH'];
for (const t of TYPES) need(H.types[t] >= (big.includes(t) ? 40 : 20), t + ' minimum');
need(totals.gen.pos === 120 && totals.gen.items === 120, 'generated 120 positives');
console.log(errors ? `\n${errors} problem(s)` : '\nCLEAN');
process.exit(errors ? 1 : 0);
