// Checker for /work/heldout-l (single set). Node 20, no deps.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
const dir = path.dirname(fileURLToPath(import.meta.url));
const TYPES = ['PERSON','PHONE','EMAIL','DATE_OF_BIRTH','SSN','CREDIT_CARD','STREET_ADDRESS','POSTAL_CODE',
  'MEDICAL_RECORD_NUMBER','INSURANCE_ID','DRIVER_LICENSE','BANK_ACCOUNT','IP_ADDRESS','MEDICAL_CONDITION','MEDICATION'];
const FILES = ['us.txt','uk.txt','au.txt','ie.txt','ca.txt','eu.txt','generated.txt'];
let errors = 0;
const err = (f, n, m) => { errors++; console.log(`ERROR ${f}:${n}: ${m}`); };
const warn = (f, n, m) => console.log(`warn  ${f}:${n}: ${m}`);
const tot = { all: {items:0,pos:0,neg:0,dlg:0,ents:0,types:{}}, hand: {items:0,pos:0,neg:0,dlg:0,ents:0,types:{}} };
for (const t of TYPES) { tot.all.types[t]=0; tot.hand.types[t]=0; }
const seen = new Map();
for (const f of FILES) {
  const p = path.join(dir, f);
  if (!fs.existsSync(p)) { err(f, 0, 'missing'); continue; }
  const lines = fs.readFileSync(p, 'utf8').split('\n');
  let clinic = null;
  if (!lines[0].startsWith('#! clinic: ')) err(f, 1, 'first line must be clinic header');
  else { try { clinic = JSON.parse(lines[0].slice('#! clinic: '.length));
    if (!/^[A-Z]{2}$/.test(clinic.country||'')) err(f,1,'bad country');
    for (const k of ['phones','addresses','emails']) if (!Array.isArray(clinic[k]) || !clinic[k].length) err(f,1,'missing '+k);
  } catch (e) { err(f, 1, 'bad JSON ' + e.message); } }
  if (lines.slice(1).some(l => l.startsWith('#! clinic'))) err(f, 0, 'more than one header');
  // build items
  const items = []; let cur = null;
  lines.forEach((l, i) => {
    if (i === 0) return;
    if (l.startsWith('#')) return;
    if (l.trim() === '') { if (cur) items.push(cur); cur = null; return; }
    if (/^(Agent|Caller): /.test(l)) {
      if (cur && cur.kind === 'dlg') cur.lines.push([i+1,l]);
      else { if (cur) items.push(cur); cur = { kind:'dlg', start:i+1, lines:[[i+1,l]] }; }
    } else {
      if (cur && cur.kind === 'dlg') err(f, i+1, 'dialogue line without speaker prefix');
      if (cur) items.push(cur);
      cur = { kind:'line', start:i+1, lines:[[i+1,l]] };
    }
  });
  if (cur) items.push(cur);
  const fc = {items:0,pos:0,neg:0,dlg:0,ents:0};
  for (const it of items) {
    if (it.kind === 'dlg' && it.lines.length < 2) { it.kind = 'line'; }
    if (it.kind === 'line' && it.lines.length > 1) err(f, it.start, 'multi-line non-dialogue item');
    let n = 0;
    for (const [ln, l] of it.lines) {
      const key = l.replace(/^(Agent|Caller): /,'').toLowerCase().replace(/\s+/g,' ').trim();
      if (it.kind==='line' || key.length > 40) {
        if (seen.has(key)) warn(f, ln, 'duplicate line of ' + seen.get(key)); else seen.set(key, `${f}:${ln}`);
      }
      const re = /\[\[([A-Z_]+)\|([^\[\]|]*)\]\]/g; let m;
      const stripped = l.replace(re, '');
      if (/\[\[|\]\]/.test(stripped) || /\[|\]/.test(stripped)) err(f, ln, 'stray bracket');
      while ((m = re.exec(l))) {
        n++;
        const [, t, txt] = m;
        if (!TYPES.includes(t)) err(f, ln, 'unknown type ' + t);
        if (txt !== txt.trim() || txt === '') err(f, ln, `untrimmed/empty label "${txt}"`);
        if (/[.,;:!?]$/.test(txt) && !/\.$/.test(txt.replace(/(jr|sr|st|dr|ave|rd)\.$/i,''))===false) {}
        if (/[,;:!?]$/.test(txt)) err(f, ln, `trailing punctuation "${txt}"`);
        if (clinic) {
          const norm = s => s.toLowerCase().replace(/[^a-z0-9@]/g,'');
          for (const k of ['phones','addresses','emails']) for (const v of clinic[k]||[]) if (norm(v) === norm(txt)) err(f, ln, 'clinic detail labelled: ' + txt);
        }
        if (t==='PERSON' && /^(dr|doctor)\b/i.test(txt)) err(f, ln, 'title inside PERSON');
        tot.all.types[t] = (tot.all.types[t]||0)+1; if (f!=='generated.txt') tot.hand.types[t]=(tot.hand.types[t]||0)+1;
      }
      // Dr/Doctor followed by a capitalised word not labelled
      const plain = l.replace(re, m0 => '§');
      const dm = plain.match(/\b(Dr\.?|Doctor|dr\.?|doctor)\s+(?!§)([A-Za-z][a-z'-]+)/);
      if (dm && !/^(and|is|at|will|who|the|said|in|on|for|to|was|has|had|about|says|office|appointment|a|or|if|if|i|you|would|could|can|that|tomorrow|today|next)$/i.test(dm[2]))
        warn(f, ln, `unlabelled name after title? "${dm[0]}"`);
      if (clinic) for (const v of [...clinic.phones, ...clinic.addresses, ...clinic.emails]) if (l.includes(v) && !l.startsWith('Agent: ') && false) {}
    }
    fc.items++; fc.ents += n; if (n) fc.pos++; else fc.neg++; if (it.kind==='dlg') fc.dlg++;
    if (!n && it.lines.some(([,l]) => /\b(Dr\.?|Doctor)\s/i.test(l))) err(f, it.start, 'hard negative with a practitioner title');
  }
  console.log(`${f.padEnd(14)} items=${fc.items} pos=${fc.pos} neg=${fc.neg} dialogues=${fc.dlg} entities=${fc.ents}`);
  for (const k of ['items','pos','neg','dlg','ents']) { tot.all[k]+=fc[k]; if (f!=='generated.txt') tot.hand[k]+=fc[k]; }
}
for (const [name, t] of Object.entries(tot)) {
  console.log(`\n== ${name === 'all' ? 'ALL FILES (incl. generated.txt)' : 'HAND-WRITTEN FILES (excl. generated.txt)'}: items=${t.items} pos=${t.pos} neg=${t.neg} dialogues=${t.dlg} entities=${t.ents}`);
  for (const ty of TYPES) console.log(`   ${ty.padEnd(22)} ${t.types[ty]}${t.types[ty] < 12 ? '   <-- below 12' : ''}`);
}
const h = tot.hand;
if (h.items < 700) err('set',0,`hand-written items ${h.items} < 700`);
if (h.neg < 150) err('set',0,`hard negatives ${h.neg} < 150`);
if (h.dlg < 100) err('set',0,`dialogues ${h.dlg} < 100`);
for (const ty of TYPES) if (h.types[ty] < 12) err('set',0,`${ty} below 12`);
console.log(errors ? `\n${errors} error(s)` : '\nCLEAN');
process.exit(errors ? 1 : 0);
