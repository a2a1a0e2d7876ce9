#!/usr/bin/env node
// Checker for the held-out redaction evaluation sets. Plain Node 20, no deps.
// Usage: node check.mjs            (checks set-a and set-b)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.dirname(fileURLToPath(import.meta.url));
const TYPES = ['PERSON','PHONE','EMAIL','DATE_OF_BIRTH','SSN','CREDIT_CARD','STREET_ADDRESS','POSTAL_CODE',
  'MEDICAL_RECORD_NUMBER','INSURANCE_ID','DRIVER_LICENSE','BANK_ACCOUNT','IP_ADDRESS','MEDICAL_CONDITION','MEDICATION'];
const FILES = ['us.txt','uk.txt','au.txt','ie.txt','ca.txt','eu.txt'];
const COUNTRIES = { 'us.txt':['US'], 'uk.txt':['GB'], 'au.txt':['AU'], 'ie.txt':['IE'], 'ca.txt':['CA'], 'eu.txt':['FR','DE','ES','NL'] };
const FILLER = /\b(um+|uh+|erm|er|ah|like|you know|i mean|hmm|mm)\b/i;
let errors = 0;
const err = (f, ln, msg) => { errors++; console.log(`ERROR ${f}:${ln}: ${msg}`); };

// parse a line into plain text + entities
function parseLine(line, f, ln) {
  const ents = []; let plain = ''; let i = 0;
  while (i < line.length) {
    const o = line.indexOf('[[', i);
    if (o < 0) { plain += line.slice(i); break; }
    plain += line.slice(i, o);
    const c = line.indexOf(']]', o + 2);
    if (c < 0) { err(f, ln, 'unclosed [['); plain += line.slice(o); break; }
    const inner = line.slice(o + 2, c);
    const bar = inner.indexOf('|');
    if (bar < 0) { err(f, ln, `no | in [[${inner}]]`); i = c + 2; continue; }
    const type = inner.slice(0, bar), text = inner.slice(bar + 1);
    if (!TYPES.includes(type)) err(f, ln, `bad type ${type}`);
    if (/[\[\]|]/.test(text)) err(f, ln, `forbidden char in label text "${text}"`);
    if (!text.length) err(f, ln, 'empty label');
    if (text !== text.trim()) err(f, ln, `label has outer whitespace "${text}"`);
    if (/[.,;:!?]$/.test(text) && !/\b(St|Ave|Rd|Dr|Jr|Sr|Blvd|Ln|Ct|Pl)\.$/.test(text)) err(f, ln, `label ends in punctuation "${text}"`);
    if (/^[.,;:!?'"(]/.test(text) && !/^\(\d/.test(text)) err(f, ln, `label starts with punctuation "${text}"`);
    ents.push({ type, text, start: plain.length });
    plain += text; i = c + 2;
  }
  if (/\[\[|\]\]/.test(plain)) err(f, ln, 'stray brackets in plain text');
  return { plain, ents };
}

function parseFile(fp, f, expectCountries) {
  const raw = fs.readFileSync(fp, 'utf8');
  if (raw.includes('\r')) err(f, 0, 'CR characters');
  const lines = raw.split('\n');
  const headerLines = lines.map((l, k) => [l, k]).filter(([l]) => l.startsWith('#! clinic:'));
  let clinic = null;
  if (headerLines.length !== 1) err(f, 1, `expected exactly one header, got ${headerLines.length}`);
  if (!lines[0].startsWith('#! clinic: ')) err(f, 1, 'file must start with header');
  else {
    try {
      clinic = JSON.parse(lines[0].slice('#! clinic: '.length));
      for (const k of ['country','phones','addresses','emails']) if (!(k in clinic)) err(f, 1, `header missing ${k}`);
      if (!/^[A-Z]{2}$/.test(clinic.country)) err(f, 1, 'bad country');
      if (expectCountries && !expectCountries.includes(clinic.country)) err(f, 1, `country ${clinic.country} not in ${expectCountries}`);
    } catch (e) { err(f, 1, 'header JSON: ' + e.message); }
  }
  // blocks
  const items = []; let block = [];
  const flush = () => {
    if (!block.length) return;
    const sp = block.filter(b => /^(Agent|Caller): /.test(b.line));
    if (block.length > 1 && sp.length === block.length && block.some(b => b.line.startsWith('Agent: '))) {
      items.push({ dialogue: true, lines: block });
    } else if (block.length > 1) {
      // lines without blank separation: each a single item, but dialogue-like mix is an error
      if (sp.length) err(f, block[0].ln, 'block mixes speaker lines and plain lines (or dialogue without Agent)');
      for (const b of block) items.push({ dialogue: false, lines: [b] });
    } else items.push({ dialogue: false, lines: block });
    block = [];
  };
  lines.forEach((line, k) => {
    const ln = k + 1;
    if (k === 0 && line.startsWith('#! clinic:')) return;
    if (line.startsWith('#')) return;
    if (line.trim() === '') { flush(); return; }
    if (/^(agent|caller|AGENT|CALLER)\s*:/.test(line) || /^(Agent|Caller):(?! )/.test(line)) err(f, ln, 'bad speaker prefix');
    if (line !== line.trimEnd()) err(f, ln, 'trailing whitespace');
    block.push({ line, ln });
  });
  flush();
  for (const it of items) {
    it.ents = []; it.plain = [];
    for (const b of it.lines) {
      const p = parseLine(b.line, f, b.ln);
      it.ents.push(...p.ents); it.plain.push(p.plain);
      if (clinic) for (const e of p.ents) for (const c of [...clinic.phones, ...clinic.addresses, ...clinic.emails]) {
        const n = s => s.toLowerCase().replace(/[^a-z0-9]/g, '');
        if (n(c) && (n(c).includes(n(e.text)) && n(e.text).length >= 6 || n(e.text).includes(n(c))) && e.type !== 'PERSON' && e.type !== 'MEDICAL_CONDITION' && e.type !== 'MEDICATION')
          err(f, b.ln, `label "${e.text}" overlaps clinic detail "${c}"`);
      }
    }
  }
  return { clinic, items };
}

function norm(s) { return s.toLowerCase().replace(/^(agent|caller): /, '').replace(/[^a-z0-9 ]/g, ' ').replace(/\s+/g, ' ').trim(); }

function checkSet(setName) {
  const dir = path.join(ROOT, setName);
  const out = { files: {}, pos: 0, neg: 0, dia: 0, diaNeg: 0, asr: 0, items: 0, types: Object.fromEntries(TYPES.map(t => [t, 0])), lines: [] };
  const clinicsSeen = new Set();
  for (const f of FILES) {
    const fp = path.join(dir, f);
    if (!fs.existsSync(fp)) { err(`${setName}/${f}`, 0, 'missing'); continue; }
    const { clinic, items } = parseFile(fp, `${setName}/${f}`, COUNTRIES[f]);
    if (clinic) { const key = JSON.stringify(clinic); if (clinicsSeen.has(key)) err(f, 1, 'duplicate clinic'); clinicsSeen.add(key); }
    const fc = { items: items.length, pos: 0, neg: 0, dia: 0, country: clinic && clinic.country };
    for (const it of items) {
      out.items++;
      if (it.ents.length) { out.pos++; fc.pos++; } else { out.neg++; fc.neg++; }
      if (it.dialogue) { out.dia++; fc.dia++; if (!it.ents.length) out.diaNeg++; }
      for (const e of it.ents) out.types[e.type]++;
      const txt = it.plain.join(' ');
      const body = it.plain.filter((p, k) => !it.dialogue || it.lines[k].line.startsWith('Caller: ')).map(p => p.replace(/^(Agent|Caller): /, '')).join(' ');
      if (body === body.toLowerCase() || (FILLER.test(body) && /^[a-z]/.test(body))) out.asr++;
      for (const p of it.plain) if (!(p.startsWith('Agent: ') && norm(p).split(' ').length < 8)) out.lines.push({ f: `${setName}/${f}`, n: norm(p), raw: p });
    }
    out.files[f] = fc;
  }
  // generated.txt
  const gp = path.join(dir, 'generated.txt');
  if (fs.existsSync(gp)) {
    const { clinic, items } = parseFile(gp, `${setName}/generated.txt`, ['US']);
    const g = { items: items.length, pos: 0, neg: 0, types: Object.fromEntries(TYPES.map(t => [t, 0])) };
    for (const it of items) { if (it.ents.length) g.pos++; else g.neg++; for (const e of it.ents) g.types[e.type]++; }
    if (g.pos !== 120 || g.neg) err(`${setName}/generated.txt`, 0, `expected 120 positive items, got ${g.pos} pos ${g.neg} neg`);
    out.generated = g;
  } else err(`${setName}/generated.txt`, 0, 'missing (run gen.mjs)');
  if (!fs.existsSync(path.join(dir, 'gen.mjs'))) err(setName, 0, 'gen.mjs missing');
  if (!fs.existsSync(path.join(dir, 'README.md'))) err(setName, 0, 'README.md missing');
  // thresholds
  if (out.pos < 300) err(setName, 0, `positives ${out.pos} < 300`);
  if (out.neg < 110) err(setName, 0, `negatives ${out.neg} < 110`);
  if (out.dia < 70) err(setName, 0, `dialogues ${out.dia} < 70`);
  for (const t of TYPES) if (out.types[t] < 12) err(setName, 0, `type ${t} has ${out.types[t]} < 12`);
  for (const t of ['PERSON','PHONE','STREET_ADDRESS','MEDICAL_CONDITION']) if (out.types[t] < 20) err(setName, 0, `type ${t} has ${out.types[t]} < 20`);
  const usShare = out.files['us.txt'] ? out.files['us.txt'].items / out.items : 0;
  const largest = Object.entries(out.files).sort((a, b) => b[1].items - a[1].items)[0];
  if (largest && largest[0] !== 'us.txt') err(setName, 0, 'US file is not the largest');
  out.usShare = usShare;
  if (out.asr < out.items / 3) err(setName, 0, `ASR-style items ${out.asr} < a third of ${out.items}`);
  return out;
}

const res = {};
for (const s of ['set-a', 'set-b']) res[s] = checkSet(s);

// duplicates / near-copies within and across sets (speaker-stripped lines of 5+ tokens)
const all = [...res['set-a'].lines, ...res['set-b'].lines].filter(l => l.n.split(' ').length >= 5);
const seen = new Map();
for (const l of all) { if (seen.has(l.n)) err(l.f, 0, `duplicate line (also in ${seen.get(l.n)}): "${l.raw}"`); else seen.set(l.n, l.f); }
const tri = s => { const t = s.split(' '); const g = new Set(); for (let i = 0; i + 2 < t.length; i++) g.add(t.slice(i, i + 3).join(' ')); return g; };
const A = res['set-a'].lines.filter(l => l.n.split(' ').length >= 8).map(l => ({ ...l, g: tri(l.n) }));
const B = res['set-b'].lines.filter(l => l.n.split(' ').length >= 8).map(l => ({ ...l, g: tri(l.n) }));
for (const a of A) for (const b of B) {
  let inter = 0; for (const x of a.g) if (b.g.has(x)) inter++;
  const j = inter / (a.g.size + b.g.size - inter);
  if (j >= 0.6) err('cross-set', 0, `near-copy (${j.toFixed(2)}): "${a.raw}" ~ "${b.raw}"`);
}

for (const [s, r] of Object.entries(res)) {
  console.log(`\n== ${s} ==`);
  console.log(`items ${r.items}  positive ${r.pos}  hard-negative ${r.neg}  dialogues ${r.dia} (of which negative ${r.diaNeg})  ASR-style ${r.asr}  US share ${(r.usShare * 100).toFixed(1)}%`);
  for (const [f, c] of Object.entries(r.files)) console.log(`  ${f.padEnd(8)} ${c.country}  items ${String(c.items).padStart(3)}  pos ${String(c.pos).padStart(3)}  neg ${String(c.neg).padStart(3)}  dialogues ${c.dia}`);
  console.log('  entities per type (hand-written files):');
  for (const t of TYPES) console.log(`    ${t.padEnd(22)} ${r.types[t]}`);
  console.log(`    TOTAL                  ${Object.values(r.types).reduce((a, b) => a + b, 0)}`);
  if (r.generated) console.log(`  generated.txt: ${r.generated.pos} positive lines; ` + TYPES.filter(t => r.generated.types[t]).map(t => `${t} ${r.generated.types[t]}`).join(', '));
}
console.log(errors ? `\n${errors} error(s)` : '\nOK: no errors');
process.exit(errors ? 1 : 0);
