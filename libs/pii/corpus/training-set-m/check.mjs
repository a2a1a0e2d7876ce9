// check.mjs — validator and counter for held-out set M. Plain Node.js, no dependencies.
// Usage: node check.mjs            (run from anywhere; reads files next to this script)
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const DIR = dirname(fileURLToPath(import.meta.url));
const HAND = ['us.txt', 'uk.txt', 'au.txt', 'ie.txt', 'ca.txt', 'eu.txt'];
const GEN = ['generated.txt'];
const TYPES = ['PERSON', 'PHONE', 'EMAIL', 'DATE_OF_BIRTH', 'SSN', 'CREDIT_CARD', 'STREET_ADDRESS',
  'POSTAL_CODE', 'MEDICAL_RECORD_NUMBER', 'INSURANCE_ID', 'DRIVER_LICENSE', 'BANK_ACCOUNT',
  'IP_ADDRESS', 'MEDICAL_CONDITION', 'MEDICATION'];
const PROCEDURES = /\b(filling|crown|cleaning|root canal|extraction|braces|whitening|scale and polish|implant|veneer)s?\b/i;
const LABEL_RE = /\[\[([A-Z_]+)\|([^\[\]|]*)\]\]/g;
const NAME_CUE = /\b(name|names|named|called|calling|dr|doctor|mr|mrs|ms|miss|mx|surname|spelled|spell|spelling|first|last|this is|i'm|i am|it's|its|for|thanks|thank you|my (wife|husband|son|daughter|mum|mom|mother|father|dad|partner|boyfriend|girlfriend|friend|brother|sister|nan|gran|grandmother|grandfather|uncle|aunt|aunty|kid|boy|girl|carer|neighbour|neighbor))\W*$/i;

let errors = 0, warnings = 0;
const err = (f, n, m) => { errors++; console.log(`ERROR ${f}:${n}: ${m}`); };
const warn = (f, n, m) => { warnings++; console.log(`warn  ${f}:${n}: ${m}`); };
const digits = s => s.replace(/\D/g, '');
const norm = s => s.toLowerCase().replace(/\s+/g, ' ').trim();

function parseFile(name) {
  const path = join(DIR, name);
  const out = { name, items: [], header: null };
  if (!existsSync(path)) { err(name, 0, 'missing file'); return out; }
  const lines = readFileSync(path, 'utf8').split(/\r?\n/);
  const headerIdx = lines.findIndex(l => l.trim() !== '');
  const hl = lines[headerIdx] ?? '';
  if (!hl.startsWith('#! clinic: ')) err(name, headerIdx + 1, 'first line is not a "#! clinic: " header');
  else {
    try {
      const h = JSON.parse(hl.slice('#! clinic: '.length));
      if (!/^[A-Z]{2}$/.test(h.country || '')) err(name, headerIdx + 1, 'bad country');
      for (const k of ['phones', 'addresses', 'emails'])
        if (!Array.isArray(h[k]) || !h[k].length || h[k].some(x => typeof x !== 'string')) err(name, headerIdx + 1, `bad ${k}`);
      out.header = h;
    } catch (e) { err(name, headerIdx + 1, 'header JSON: ' + e.message); }
  }
  lines.forEach((l, i) => { if (i !== headerIdx && l.startsWith('#!')) err(name, i + 1, 'second header line'); });
  let block = [];
  const flush = () => { if (block.length) out.items.push(block); block = []; };
  lines.forEach((l, i) => {
    if (i === headerIdx) return;
    if (l.trim() === '') { flush(); return; }
    if (l.startsWith('#')) return;
    block.push({ text: l, n: i + 1 });
  });
  flush();
  return out;
}

function analyse(file) {
  const res = { name: file.name, items: 0, pos: 0, neg: 0, dlg: 0, asr: 0, types: Object.fromEntries(TYPES.map(t => [t, 0])),
    person: 0, personLower: 0, personNoCue: 0, texts: [] };
  const h = file.header || { phones: [], addresses: [], emails: [] };
  const clinicDigits = h.phones.map(digits);
  for (const block of file.items) {
    res.items++;
    const n0 = block[0].n;
    const isDlg = block.length > 1;
    if (isDlg) {
      res.dlg++;
      for (const b of block) if (!/^(Agent|Caller): \S/.test(b.text)) err(file.name, b.n, 'dialogue line without "Agent: " / "Caller: " prefix');
      if (!block.some(b => b.text.startsWith('Caller: '))) warn(file.name, n0, 'dialogue without a Caller turn');
    } else if (block[0].text.startsWith('Agent: ')) err(file.name, n0, 'single-line item spoken by Agent');
    let ents = 0, callerAllLower = true;
    const plainLines = [];
    for (const b of block) {
      const spk = (b.text.match(/^(Agent|Caller): /) || [])[1] || 'Caller';
      const body = b.text.replace(/^(Agent|Caller): /, '');
      let m, rest = body, plain = '';
      let last = 0;
      LABEL_RE.lastIndex = 0;
      while ((m = LABEL_RE.exec(body))) {
        const [all, type, val] = m;
        const before = body.slice(last, m.index);
        plain += before;
        last = m.index + all.length;
        ents++;
        if (!TYPES.includes(type)) { err(file.name, b.n, `unknown type ${type}`); continue; }
        res.types[type]++;
        if (!val.trim()) err(file.name, b.n, `empty ${type} label`);
        if (/^\s|\s$/.test(val)) err(file.name, b.n, `whitespace at label edge: "${val}"`);
        if (/^[.,;:!?"']|[.,;:!?"'(]$/.test(val)) err(file.name, b.n, `punctuation at label edge: "${val}"`);
        const lv = val.toLowerCase();
        for (const p of h.phones) if (digits(val).length >= 6 && clinicDigits.some(d => d && digits(val).endsWith(d.slice(-7)))) err(file.name, b.n, `clinic phone labelled: ${val}`);
        for (const a of h.addresses) if (lv.includes(a.toLowerCase().split(',')[0])) err(file.name, b.n, `clinic address labelled: ${val}`);
        for (const e of h.emails) if (lv === e.toLowerCase()) err(file.name, b.n, `clinic email labelled: ${val}`);
        if (type === 'PERSON') {
          res.person++;
          if (/^(dr|doctor|mr|mrs|ms|miss|frau|herr|monsieur|madame|mme|señor|señora)\b/i.test(val)) err(file.name, b.n, `title inside PERSON: ${val}`);
          if (val === val.toLowerCase()) res.personLower++;
          const ctx = plain.slice(-40);
          if (!NAME_CUE.test(ctx.replace(/\[\[.*$/, ''))) res.personNoCue++;
        }
        if (type === 'MEDICAL_CONDITION') {
          if (/^(my|his|her|their|your|our|the|a|an)\s/i.test(val)) err(file.name, b.n, `determiner/possessive inside condition: ${val}`);
          if (PROCEDURES.test(val)) warn(file.name, b.n, `procedure word inside condition: ${val}`);
        }
        if (type === 'PHONE' && /\b(ext|extension|x\d)/i.test(val)) err(file.name, b.n, `extension inside PHONE: ${val}`);
        if (type === 'DATE_OF_BIRTH' && /^\s*(19|20)\d\d\s*$/.test(val)) err(file.name, b.n, `bare year as DOB: ${val}`);
        plain += val;
      }
      plain += body.slice(last);
      if (/\[|\]|\|/.test(plain)) err(file.name, b.n, 'stray bracket or pipe outside a well-formed label');
      if (spk === 'Caller' && /[A-Z]/.test(plain.replace(/\bI('[a-z]+)?\b/g, ''))) callerAllLower = false;
      plainLines.push(plain);
    }
    const whole = plainLines.join('\n');
    res.texts.push({ t: norm(whole), n: n0 });
    if (ents) res.pos++; else {
      res.neg++;
      if (/\b(dr|doctor)\b/i.test(whole)) err(file.name, n0, 'hard negative contains Dr/Doctor');
    }
    if (callerAllLower) res.asr++;
  }
  return res;
}

function report(title, results, mins) {
  const tot = { items: 0, pos: 0, neg: 0, dlg: 0, asr: 0, person: 0, personLower: 0, personNoCue: 0, types: Object.fromEntries(TYPES.map(t => [t, 0])) };
  console.log(`\n== ${title} ==`);
  console.log('file           items   pos   neg   dlg  asr-style');
  for (const r of results) {
    console.log(`${r.name.padEnd(14)} ${String(r.items).padStart(5)} ${String(r.pos).padStart(5)} ${String(r.neg).padStart(5)} ${String(r.dlg).padStart(5)} ${String(r.asr).padStart(6)}`);
    for (const k of ['items', 'pos', 'neg', 'dlg', 'asr', 'person', 'personLower', 'personNoCue']) tot[k] += r[k];
    for (const t of TYPES) tot.types[t] += r.types[t];
  }
  console.log(`${'TOTAL'.padEnd(14)} ${String(tot.items).padStart(5)} ${String(tot.pos).padStart(5)} ${String(tot.neg).padStart(5)} ${String(tot.dlg).padStart(5)} ${String(tot.asr).padStart(6)}`);
  console.log('\nentities per type:');
  for (const t of TYPES) console.log(`  ${t.padEnd(22)} ${String(tot.types[t]).padStart(5)}`);
  const sum = Object.values(tot.types).reduce((a, b) => a + b, 0);
  console.log(`  ${'ALL'.padEnd(22)} ${String(sum).padStart(5)}`);
  console.log(`PERSON: ${tot.person}, lowercase ${tot.personLower} (${(100 * tot.personLower / (tot.person || 1)).toFixed(0)}%), no obvious cue (heuristic) ${tot.personNoCue} (${(100 * tot.personNoCue / (tot.person || 1)).toFixed(0)}%)`);
  console.log(`ASR-style items (all caller text lowercase): ${tot.asr} (${(100 * tot.asr / (tot.items || 1)).toFixed(0)}%)`);
  if (mins) {
    const fails = [];
    if (tot.items < mins.items) fails.push(`items ${tot.items} < ${mins.items}`);
    if (tot.pos < mins.pos) fails.push(`positives ${tot.pos} < ${mins.pos}`);
    if (tot.neg < mins.neg) fails.push(`negatives ${tot.neg} < ${mins.neg}`);
    if (tot.dlg < mins.dlg) fails.push(`dialogues ${tot.dlg} < ${mins.dlg}`);
    for (const t of TYPES) { const need = mins.big.includes(t) ? 40 : 20; if (tot.types[t] < need) fails.push(`${t} ${tot.types[t]} < ${need}`); }
    const us = results.find(r => r.name === 'us.txt');
    if (us) {
      const share = us.items / tot.items;
      if (share > 0.40) fails.push(`US share ${(share * 100).toFixed(1)}% > 40%`);
      if (results.some(r => r.items > us.items)) fails.push('US file is not the largest');
      console.log(`US share: ${(share * 100).toFixed(1)}%`);
    }
    for (const r of results) if (r.name !== 'us.txt' && r.items < 60) fails.push(`${r.name} has ${r.items} < 60 items`);
    if (tot.asr * 3 < tot.items) fails.push('fewer than a third of items in ASR style');
    console.log(fails.length ? 'MINIMUMS NOT MET:\n  ' + fails.join('\n  ') : 'all minimums met');
    if (fails.length) errors++;
  }
  return tot;
}

const hand = HAND.map(f => analyse(parseFile(f)));
const gen = GEN.map(f => analyse(parseFile(f)));
// duplicate / near-duplicate items across all files
const seen = new Map();
for (const r of [...hand, ...gen]) for (const { t, n } of r.texts) {
  if (seen.has(t)) warn(r.name, n, `duplicate of ${seen.get(t)}`); else seen.set(t, `${r.name}:${n}`);
}
report('hand-written files', hand, { items: 700, pos: 450, neg: 150, dlg: 100, big: ['PERSON', 'PHONE', 'STREET_ADDRESS', 'MEDICAL_CONDITION', 'MEDICATION', 'DATE_OF_BIRTH'] });
const g = report('generated.txt', gen, null);
if (g.pos !== 120 || g.neg !== 0) { console.log(`generated.txt should have 120 positive lines, has ${g.pos} positive and ${g.neg} negative`); errors++; }
console.log(`\n${errors} error(s), ${warnings} warning(s)`);
process.exit(errors ? 1 : 0);
