import { Token } from '../analysis';
import { COMMON_WORDS, NOT_NAME_WORDS } from '../dictionaries/names';
import { isCapitalised } from './context';
import { NUMBER_WORD, STOPS, UNIT_WORDS } from './address-words';

/** Words that close a town said after its street: "..., cambridge but", "... paddington just up the road". */
const CLOSING = new Set(['but', 'though', "that's", 'thats', 'yeah', 'just', 'now', 'right', 'near', 'next', 'off', 'opposite', 'behind', 'across', 'by',
  // A new clause or its verb: "... st austin can you send it", "... drive corpus christi till the fifth", "... road leeds where we moved".
  'can', 'could', 'will', 'would', 'should', 'till', 'until', 'since', 'because', 'cos', 'where', 'when', 'which', 'who', 'while']);
/** Words that name whom the post is for, not where: "... apt 4b attention zielińska", "... c/o", "fao". */
export const ADDRESSEE = new Set(['attention', 'attn', 'care', 'fao']);
/** A verb's endings are no town's ("12 main street works for me", "4 elm road sounds right"); "a", "i", "o" or "u" before the "s" is a town's ("columbus", "memphis", "dallas"). */
const VERB_ENDING = /(?:[^aiou]s|ed|ing|ly)$/;

const townWord = (w: Token | undefined) =>
  w !== undefined && w.kind === 'word' && !isCapitalised(w) && w.text.length > 3 && !STOPS.has(w.lower) && !COMMON_WORDS.has(w.lower) && !NOT_NAME_WORDS.has(w.lower) && !UNIT_WORDS.has(w.lower) && !NUMBER_WORD(w.lower) && !ADDRESSEE.has(w.lower);

/**
 * In lowercase speech a town may follow its street with no comma: "four ten river street cambridge
 * my tooth ...", "forty two ripon way chapel allerton now". One word that is no everyday word (or two,
 * the second such a word: "chapel allerton"), then the clause ends or a clause word follows. The last
 * index of the town, or `end` when there is none.
 */
export function lowercaseTownAfter(t: Token[], end: number): number {
  for (const size of [2, 1]) {
    const last = end + size;
    if (!townWord(t[last])) continue;
    const first = t[end + 1]!;
    if (size === 2 && (first.kind !== 'word' || ADDRESSEE.has(first.lower) || isCapitalised(first) || STOPS.has(first.lower) || NUMBER_WORD(first.lower) || UNIT_WORDS.has(first.lower) || /(?:ed|ing|ly)$/.test(first.lower) || first.text.length < 3)) continue;
    const next = t[last + 1];
    if (next !== undefined && ['.', '?', '!', ','].includes(next.text)) return last;
    // ("4 elm road sounds right": before a closing word, a verb's ending is still no town's.)
    if (next !== undefined && CLOSING.has(next.lower)) return size === 2 || !VERB_ENDING.test(t[last]!.lower) ? last : end;
    // (After a first word that is no verb, a second ending like one is still a town's: "los angeles".)
    if ((next === undefined || STOPS.has(next.lower)) && (size === 2 || !VERB_ENDING.test(t[last]!.lower))) return last;
  }
  return end;
}
