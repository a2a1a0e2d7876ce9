// Checker for held-out set-d. Usage: node check.mjs [dir]
import fs from 'fs'; import path from 'path';
const dir = process.argv[2] || new URL('./', import.meta.url).pathname;
const TYPES = ['PERSON','PHONE','EMAIL','DATE_OF_BIRTH','SSN','CREDIT_CARD','STREET_ADDRESS','POSTAL_CODE','MEDICAL_RECORD_NUMBER','INSURANCE_ID','DRIVER_LICENSE','BANK_ACCOUNT','IP_ADDRESS','MEDICAL_CONDITION','MEDICATION'];
const files = ['us.txt','uk.txt','au.txt','ie.txt','ca.txt','eu.txt','generated.txt'];
let errors = 0; const err = (f,l,m)=>{errors++; console.log(`ERR ${f}:${l}: ${m}`);};
const tot = {pos:0,neg:0,dlg:0,ent:{}}; TYPES.forEach(t=>tot.ent[t]=0);
const handTot = {pos:0,neg:0,dlg:0,ent:{}}; TYPES.forEach(t=>handTot.ent[t]=0);
const perFile = {};
for (const f of files) {
  const p = path.join(dir,f); if (!fs.existsSync(p)) { err(f,0,'missing file'); continue; }
  const lines = fs.readFileSync(p,'utf8').split('\n');
  const h = lines[0];
  let hdr = null;
  if (!h.startsWith('#! clinic: ')) err(f,1,'bad header'); else {
    try { hdr = JSON.parse(h.slice(11)); } catch(e){ err(f,1,'header JSON '+e.message); }
    if (hdr) { if (!/^[A-Z]{2}$/.test(hdr.country||'')) err(f,1,'country');
      for (const k of ['phones','addresses','emails']) if (!Array.isArray(hdr[k])||!hdr[k].length) err(f,1,'header '+k); }
  }
  if (lines.slice(1).some(l=>l.startsWith('#! '))) err(f,0,'more than one header');
  // build items
  const items = []; let cur = null;
  lines.forEach((l,i)=>{ if (i===0) return; if (l.startsWith('#')) return;
    if (l.trim()==='') { if (cur) items.push(cur); cur=null; return; }
    if (!cur) cur = {start:i+1, lines:[]}; cur.lines.push(l); });
  if (cur) items.push(cur);
  const st = {pos:0,neg:0,dlg:0,ent:0};
  for (const it of items) {
    const isD = it.lines.length>1 || /^Agent: /.test(it.lines[0]);
    if (isD) { it.lines.forEach((l,k)=>{ if(!/^(Agent|Caller): \S/.test(l)) err(f,it.start+k,'dialogue line w/o speaker: '+l.slice(0,40)); }); }
    let n=0;
    it.lines.forEach((l,k)=>{
      const ln = it.start+k;
      let rest = l; const re = /\[\[([A-Z_]+)\|([^\[\]|]*)\]\]/g; let m;
      while ((m=re.exec(l))) { const [_,t,v]=m;
        if (!TYPES.includes(t)) err(f,ln,'bad type '+t);
        else { tot.ent[t]++; if (f!=='generated.txt') handTot.ent[t]++; }
        if (v!==v.trim()||v==='') err(f,ln,'untrimmed/empty label "'+v+'"');
        if (/[.,;:!?]$/.test(v) && !/\b(St|Ave|Rd|Dr|Jr|Sr|Co)\.$/.test(v) && !/^[A-Z]\.$/.test(v)) err(f,ln,'trailing punct "'+v+'"');
        if (hdr) { const norm=s=>s.toLowerCase().replace(/[^a-z0-9]/g,'');
          for (const c of [...hdr.phones,...hdr.addresses,...hdr.emails]) if (norm(c)===norm(v)) err(f,ln,'clinic detail labelled: '+v); }
        n++; }
      rest = l.replace(re,'');
      if (/\[\[|\]\]|\[|\]/.test(rest)) err(f,ln,'stray bracket: '+l.slice(0,60));
    });
    if (isD) st.dlg++;
    if (n) st.pos++; else st.neg++; st.ent+=n;
  }
  perFile[f]=st;
  for (const k of ['pos','neg','dlg']) { tot[k]+=st[k]; if (f!=='generated.txt') handTot[k]+=st[k]; }
}
console.log('file            pos  neg  dlg  ents');
for (const [f,s] of Object.entries(perFile)) console.log(f.padEnd(15), String(s.pos).padStart(4), String(s.neg).padStart(4), String(s.dlg).padStart(4), String(s.ent).padStart(5));
console.log(`\nHand-written files: positive=${handTot.pos} negative=${handTot.neg} dialogues=${handTot.dlg}`);
console.log(`All incl. generated: positive=${tot.pos} negative=${tot.neg} dialogues=${tot.dlg}`);
console.log('\nentities per type (hand / all):');
for (const t of TYPES) { console.log(t.padEnd(24), String(handTot.ent[t]).padStart(4), String(tot.ent[t]).padStart(5)); if (handTot.ent[t]<15) err('-',0,`type ${t} has <15 hand entities`); }
if (handTot.pos<300) err('-',0,'hand positives < 300');
if (handTot.neg<110) err('-',0,'hand negatives < 110');
if (handTot.dlg<70) err('-',0,'dialogues < 70');
const us = perFile['us.txt']; if (us) { const all = Object.entries(perFile).filter(([f])=>f!=='generated.txt').reduce((a,[,s])=>a+s.pos+s.neg,0); console.log(`\nUS share: ${(100*(us.pos+us.neg)/all).toFixed(1)}%`); }
console.log(errors? `\n${errors} error(s)` : '\nCLEAN');
process.exit(errors?1:0);
