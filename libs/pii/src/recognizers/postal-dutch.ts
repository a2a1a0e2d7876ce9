/**
 * A Dutch postcode written as PostNL prints it, four digits and two capitals ("1071 XB"), is distinctive enough
 * without a cue in any clinic: Dutch callers turn up in the French, Belgian and German clinics too. Only capitals
 * (a lowercase "2020 we" is speech), never a year ("2024 AD"), and never a unit or a size ("1000 MG", "2000 KM").
 */
const DUTCH = /(?<![\p{L}\p{N}])[1-9]\d{3} [A-Z]{2}(?![\p{L}\p{N}])/gu;
const NOT_CODES = new Set(['MG', 'ML', 'KG', 'KM', 'CM', 'MM', 'AM', 'PM', 'GB', 'MB', 'KB', 'TB', 'HP', 'KW', 'HZ', 'AD', 'BC', 'CE', 'BP', 'MS', 'CC', 'DL', 'XL', 'XS']);

export function dutchPostcodes(text: string, isYear: (digits: string) => boolean): RegExpExecArray[] {
  if (!/\d{4} [A-Z]{2}/.test(text)) return [];
  return [...text.matchAll(DUTCH)].filter((m) => !NOT_CODES.has(m[0].slice(5)) && !isYear(m[0].slice(0, 4)));
}
