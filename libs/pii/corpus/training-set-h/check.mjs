// Checker for set-h. Node 20, no deps.
import fs from 'node:fs';
import path from 'node:path';
const dir = path.dirname(new URL(import.meta.url).pathname);
const TYPES = ['PERSON','PHONE','EMAIL','DATE_OF_BIRTH','SSN','CREDIT_CARD','STREET_ADDRESS','POSTAL_CODE','MEDICAL_RECORD_NUMBER','INSURANCE_ID','DRIVER_LICENSE','BANK_ACCOUNT','IP_ADDRESS','MEDICAL_CONDITION','MEDICATION'];
const FILES = ['us.txt','uk.txt','au.txt','ie.txt','ca.txt','eu.txt','generated.txt'];
const LAB = /\[\[([A-Z_]+)\|([^\[\]|]*)\]\]/g;
const DRSTOP = new Set(['is','was','said','says','told','the','at','on','in','for','and','or','who','to','you','about','appointment','appointments','office','visit','will','would','can','could','did','does','do','has','had','wants','asked','if','but','so','a','an','this','that','today','tomorrow','available','free','first','again','yet','recommended','prescribed','gave','put','thinks','here','there','because','when','now','said,','before','after','last','next','as','with','i','we','he','she','they','it','my','your','our','visits','surgery','phoned','called','mentioned','next?','one','ones','of','right','too','please','said.','appointment.','though','just','saw','see','sent','wrote','ordered','not','never','always','also','really','already','still','might','may','must','should','shall']);
let total = {pos:0,neg:0,dia:0,single:0,ent:0}; const perType = Object.fromEntries(TYPES.map(t=>[t,0]));
let errors = [], warns = []; const perFile = {};
for (const f of FILES) {
  const p = path.join(dir,f);
  if (!fs.existsSync(p)) { errors.push(`${f}: missing`); continue; }
  const lines = fs.readFileSync(p,'utf8').split('\n');
  const fc = {pos:0,neg:0,dia:0,single:0}; perFile[f]=fc;
  if (!lines[0].startsWith('#! clinic: ')) { errors.push(`${f}: bad header`); continue; }
  let clinic;
  try { clinic = JSON.parse(lines[0].slice(11)); } catch(e) { errors.push(`${f}: header JSON ${e.message}`); continue; }
  if (!/^[A-Z]{2}$/.test(clinic.country||'')) errors.push(`${f}: bad country`);
  for (const k of ['phones','addresses','emails']) if (!Array.isArray(clinic[k])||!clinic[k].length) errors.push(`${f}: header ${k}`);
  const clinicVals = new Set([...(clinic.phones||[]),...(clinic.addresses||[]),...(clinic.emails||[])].map(s=>s.toLowerCase()));
  if (lines.slice(1).some(l=>l.startsWith('#! clinic'))) errors.push(`${f}: more than one header`);
  // blocks
  let blocks=[], cur=[];
  lines.slice(1).forEach((l,i)=>{ const n=i+2;
    if (l.startsWith('#')) return;
    if (l.trim()==='') { if (cur.length) blocks.push(cur); cur=[]; return; }
    cur.push([n,l]); });
  if (cur.length) blocks.push(cur);
  for (const b of blocks) {
    const isDia = b.every(([,l])=>/^(Agent|Caller): /.test(l));
    if (b.length>1 && !isDia) { errors.push(`${f}:${b[0][0]}: multi-line block is not a dialogue`); continue; }
    if (b.length===1 && /^Agent: /.test(b[0][1])) isDia || 0;
    const dialogue = b.length>1 || /^Agent: /.test(b[0][1]);
    let n=0;
    for (const [ln,l] of b) {
      let m; LAB.lastIndex=0;
      while ((m=LAB.exec(l))) {
        const [,t,txt]=m;
        if (!TYPES.includes(t)) errors.push(`${f}:${ln}: bad type ${t}`);
        if (!txt || txt!==txt.trim()) errors.push(`${f}:${ln}: label whitespace "${txt}"`);
        if (/[.,;:!?]$/.test(txt) && !/\b(St|Ave|Rd|Dr|Jr|Sr)\.$/.test(txt)) errors.push(`${f}:${ln}: trailing punct "${txt}"`);
        if (/^[.,;:!?"']/.test(txt)) errors.push(`${f}:${ln}: leading punct "${txt}"`);
        if (clinicVals.has(txt.toLowerCase())) errors.push(`${f}:${ln}: clinic detail labelled "${txt}"`);
        perType[t]!==undefined && perType[t]++; n++;
      }
      const rest = l.replace(LAB,'§');
      if (/[\[\]|]/.test(rest)) errors.push(`${f}:${ln}: stray bracket/pipe: ${rest}`);
      // Dr rule: name after Dr./Doctor must be labelled
      const re=/\b(Dr\.?|Doctor|doctor|dr\.?)\s+([A-Za-z'’-]+)/g; let d;
      while ((d=re.exec(rest))) { if (!DRSTOP.has(d[2].toLowerCase())) warns.push(`${f}:${ln}: unlabelled after ${d[1]}: "${d[2]}"`); }
    }
    if (dialogue) {fc.dia++;} else fc.single++;
    if (n) fc.pos++; else fc.neg++;
    total.ent+=n;
  }
  for (const k of ['pos','neg','dia','single']) total[k]+=fc[k];
}
console.log('per file:'); for (const [f,c] of Object.entries(perFile)) console.log(`  ${f.padEnd(14)} items=${c.pos+c.neg} positive=${c.pos} negative=${c.neg} dialogues=${c.dia}`);
const hand = Object.entries(perFile).filter(([f])=>f!=='generated.txt').reduce((a,[,c])=>({pos:a.pos+c.pos,neg:a.neg+c.neg,dia:a.dia+c.dia}),{pos:0,neg:0,dia:0});
console.log(`hand-written: positive=${hand.pos} negative=${hand.neg} dialogues=${hand.dia}`);
console.log(`all: positive=${total.pos} negative=${total.neg} dialogues=${total.dia} entities=${total.ent}`);
console.log('per type:'); for (const t of TYPES) console.log(`  ${t.padEnd(22)} ${perType[t]}`);
if (hand.pos<450) errors.push(`hand-written positives ${hand.pos} < 450`);
if (hand.neg<150) errors.push(`hand-written negatives ${hand.neg} < 150`);
if (hand.dia<180) errors.push(`dialogues ${hand.dia} < 180`);
if (perFile['generated.txt'] && perFile['generated.txt'].pos<120) errors.push('generated.txt < 120 positives');
for (const t of TYPES) if (perType[t]<12) errors.push(`type ${t} has ${perType[t]} < 12`);
const us = perFile['us.txt']; const all = hand.pos+hand.neg;
if (us && (us.pos+us.neg) < Math.max(...Object.entries(perFile).filter(([f])=>f!=='us.txt'&&f!=='generated.txt').map(([,c])=>c.pos+c.neg))) errors.push('us.txt not largest');
if (us) console.log(`us share: ${((us.pos+us.neg)/all*100).toFixed(1)}%`);
for (const w of warns) console.log('WARN', w);
if (errors.length) { for (const e of errors) console.log('ERROR', e); process.exit(1); }
console.log(warns.length ? 'CLEAN (with warnings: review them)' : 'CLEAN');
