import type { Token } from './analysis';
import { wordTable } from './word-table';

/**
 * Numbers from 0 to 99 said in French or Spanish, as callers give a phone number in their own language: "zéro six,
 * douze, trente-quatre, soixante-dix-huit", "seis uno dos, treinta y cuatro". Words that are English words too ("six")
 * are English's; "un" (an article) and "sept" (September) count only inside a number; "once" is left to English.
 */

/** French number words to sixty, each a word of its own (the compounds are read from their parts). */
export const FRENCH_NUMBERS = wordTable({
  zéro: 0, un: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9,
  dix: 10, onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16,
  vingt: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60,
});
const INSIDE_ONLY = wordTable({ un: 1, sept: 7, six: 6 });
const french = (keep: (n: number) => boolean) => Object.fromEntries(Object.entries(FRENCH_NUMBERS).filter(([w, n]) => keep(n) && !(w in INSIDE_ONLY)));
const UNITS = wordTable({
  ...french((n) => n < 10),
  cero: 0, uno: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9,
});
const TEENS = wordTable({
  ...french((n) => n >= 10 && n < 20),
  diez: 10, doce: 12, trece: 13, catorce: 14, quince: 15, dieciséis: 16, dieciseis: 16, diecisiete: 17, dieciocho: 18, diecinueve: 19,
  veintiuno: 21, veintidós: 22, veintidos: 22, veintitrés: 23, veintitres: 23, veinticuatro: 24, veinticinco: 25, veintiséis: 26, veintiseis: 26,
  veintisiete: 27, veintiocho: 28, veintinueve: 29,
});
const TENS = wordTable({
  ...french((n) => n >= 20),
  veinte: 20, treinta: 30, cuarenta: 40, cincuenta: 50, sesenta: 60, setenta: 70, ochenta: 80, noventa: 90,
});

/** Every word a French or Spanish number can start with, for the digit runs' one set lookup per word. */
export const FOREIGN_NUMBER_STARTS: readonly string[] = [...Object.keys(UNITS), ...Object.keys(INSIDE_ONLY), ...Object.keys(TEENS), ...Object.keys(TENS)];

const unitOf = (w: string | undefined) => (w === undefined ? undefined : (UNITS[w] ?? INSIDE_ONLY[w]));
const isNumberWord = (w: string | undefined) => w !== undefined && (w in UNITS || w in INSIDE_ONLY || w in TEENS || w in TENS || w === 'zero' || /^\d+$/.test(w));

/** The French or Spanish number at token `i`: its digits (two for 10–99) and the token after it. */
export function readForeignNumber(tokens: readonly Token[], i: number): { digits: string; next: number } | undefined {
  const w = tokens[i]?.lower;
  if (w === undefined) return undefined;
  /** "-" glued on both sides, "et" or "y": what joins a number's words. */
  const joinedAt = (k: number): number | undefined => {
    const j = tokens[k];
    if (j?.text === '-' && j.start === tokens[k - 1]!.end && tokens[k + 1]?.start === j.end) return k + 1;
    if (j?.lower === 'et' || j?.lower === 'y') return k + 1;
    return undefined;
  };
  if (w in INSIDE_ONLY) {
    let p = i - 1;
    while (p >= 0 && (tokens[p]!.text === ',' || tokens[p]!.text === '-')) p--;
    return isNumberWord(tokens[p]?.lower) ? { digits: String(INSIDE_ONLY[w]), next: i + 1 } : undefined;
  }
  if (w === 'quatre' && tokens[i + 1]?.text === '-' && /^vingts?$/.test(tokens[i + 2]?.lower ?? '')) {
    // "quatre-vingts" 80, "quatre-vingt-douze" 92.
    const k = joinedAt(i + 3);
    const rest = k === undefined ? undefined : (TEENS[tokens[k]!.lower] ?? unitOf(tokens[k]!.lower));
    return rest !== undefined && rest < 20 ? { digits: String(80 + rest), next: k! + 1 } : { digits: '80', next: i + 3 };
  }
  if (w in UNITS) return { digits: String(UNITS[w]), next: i + 1 };
  if (w in TEENS) {
    // "dix-sept", "dix-huit", "dix-neuf".
    const k = w === 'dix' ? joinedAt(i + 1) : undefined;
    const unit = k === undefined ? undefined : unitOf(tokens[k]!.lower);
    return unit !== undefined && unit >= 7 ? { digits: String(10 + unit), next: k! + 1 } : { digits: String(TEENS[w]), next: i + 1 };
  }
  if (w in TENS) {
    const k = joinedAt(i + 1);
    const next = k === undefined ? undefined : tokens[k]!.lower;
    // "soixante-dix-huit" 78, "soixante et onze" 71.
    if (w === 'soixante' && next !== undefined && next in TEENS && TEENS[next]! < 20) {
      const inner = readForeignNumber(tokens, k!);
      return inner ? { digits: String(60 + Number(inner.digits)), next: inner.next } : undefined;
    }
    const unit = unitOf(next);
    return unit !== undefined && unit > 0 ? { digits: String(TENS[w]! + unit), next: k! + 1 } : { digits: String(TENS[w]), next: i + 1 };
  }
  return undefined;
}
