// Deterministic generator (seed 20261203). Node 20, no deps. Writes generated.txt next to itself.
import fs from 'node:fs'; import path from 'node:path'; import { fileURLToPath } from 'node:url';
let s = 20261203; const r = () => { s = (s * 1103515245 + 12345) % 2147483648; return s / 2147483648; };
const pick = a => a[Math.floor(r() * a.length)];
const given = ['Eoghan','Małgorzata','Chidinma','Quang','Ananya','Khalid','Inmaculada','Wouter','Xiaoling','Ji-hoon','Eleftheria','Tadhg','Bolanle','Huong','Farid','Joost','Mei','Dimitrios','Saoirse','Przemysław'];
const sur = ['Ó Dónaill','Wiśniewska','Okonkwo','Lê','Raghunathan','Al-Mansouri','Jiménez Ruiz','van der Heijden','Zhou','Park','Karagiannis','Fitzgerald','Adeyemi','Đặng','Haddad','de Vries','Liang','Stavropoulos','Byrne','Zieliński'];
const streets = ['44 Ridgecrest Ave, Tulsa OK 74104','Flat 6, 19 Cowley Road, Oxford OX4 1HP','12/8 Wattle St, Ultimo NSW 2007','3 Pembroke Lane, Dublin 4 D04 E2W7','21 rue Oberkampf, 75011 Paris','Bergmannstraße 77, 10961 Berlin','908 S Lamar Blvd Apt 14, Austin TX 78704'];
const phones = ['(918) 555-0137','+44 7700 900318','0412 555 019','+353 86 555 0142','+33 6 55 01 22 83','+49 171 5550123','five five five oh one eight four'];
const conds = ['a cracked tooth','gum disease','diabetes','a dry socket','high blood pressure','asthma'];
const meds = ['metformin','Lipitor','ibuprofen','Ventolin','Eliquis','amoxicillin'];
const tpl = [
  () => `hi this is [[PERSON|${pick(given)} ${pick(sur)}]] my number is [[PHONE|${pick(phones)}]]`,
  () => `it's [[PERSON|${pick(given)}]] i live at [[STREET_ADDRESS|${pick(streets)}]]`,
  () => `[[PERSON|${pick(sur)}]] is the surname, i have [[MEDICAL_CONDITION|${pick(conds)}]] and take [[MEDICATION|${pick(meds)}]]`,
  () => `um call [[PERSON|${pick(given)}]] back on [[PHONE|${pick(phones)}]] please`,
  () => `my mum [[PERSON|${pick(given)} ${pick(sur)}]] moved to [[STREET_ADDRESS|${pick(streets)}]]`,
];
const out = ['#! clinic: {"country":"US","phones":["(918) 555-0100"],"addresses":["1200 E 15th St, Tulsa, OK 74120"],"emails":["office@cherrystreetdental.com"]}', ''];
const used = new Set();
while (used.size < 120) { const l = pick(tpl)(); if (used.has(l)) continue; used.add(l); out.push(l); out.push(''); }
fs.writeFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), 'generated.txt'), out.join('\n'));
