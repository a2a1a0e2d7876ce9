import { Candidate } from '../types';
import { normaliseAddress } from './address-places';

/*
 * An address found as its street alone leaves the rest of it said: the flat before it ("Flat 8, 76 ...", "#905 - 1288 ...",
 * "Dorm 3B, ..."), the unit or care-of after it (", unit nine", "basement suite", ", c/o Yilmaz"), a rural route's site and
 * box, and the town, province and postcode that close it ("..., Stoke-on-Trent ST4 2RF"). Each is read only beside a street
 * already found, so none of these words is an address by itself.
 */

const UNIT = String.raw`(?:basement\s+)?(?:flat|apt\.?|apartment|unit|suite|ste\.?|dorm|room)\s*#?\s*[0-9]{1,4}[a-z]?|#\s*[0-9]{1,5}[a-z]?|basement\s+flat|(?:upper|lower|ground\s+floor)\s+flat`;
const BUILDING = String.raw`(?:[A-Za-z][a-z]+\s+){1,2}(?:house|court|building|tower|hall|mansions|lodge|apartments)`;
/** What may stand before a street: a unit (and its building), or a care-of: "flat 6 rosedale house ", "c/o Tran Family, ". */
const BEFORE = new RegExp(String.raw`(?:^|[\s,(])((?:(?:${UNIT})(?:\s*,?\s*${BUILDING})?|c\/o\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)\s*(?:,|\s-|\s)\s*)$`, 'i');
/** A unit, a care-of, a rural route's site, compartment or box said after the street. */
const AFTER_PART = new RegExp(String.raw`^(?:,?\s+(?:(?:unit|apt\.?|apartment|suite|flat)\s+(?:[0-9]{1,4}[a-z]?|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:\s+[a-d])?)\b|basement(?:\s+(?:suite|flat|apartment))?\b)|,\s*(?:site|comp|box|lot)\s+[0-9]{1,4}\b)`, 'i');
/** A care-of after the street names its household, capitalised: ", c/o Yilmaz" (and "for now" after it is no name). */
const AFTER_CARE_OF = /^,\s*c\/o\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?/;
/** A capitalised town (hyphens and "on", "upon" inside it) and a province or state after a comma: ", Stoke-on-Trent", ", Gibsons BC". */
const TOWN = String.raw`[A-Z][a-z'’]+(?:-(?:on|upon|le|by|in|under|[A-Z][a-z]+)(?:-[A-Z][a-z]+)?)*(?:\s+[A-Z][a-z'’]+)?`;
const TOWN_AFTER = new RegExp(String.raw`^,\s*(${TOWN})(?:,?\s+[A-Z]{2}\b)?`);
/** Between a street and a postcode already found: a town, a county or state, said with or without commas. */
const TO_POSTCODE = new RegExp(String.raw`^,?\s*(?:${TOWN}|(?!(?:postcode|postal|zip|eircode|code)\b)[a-z]{4,}(?:\s+[a-z]{4,})?)(?:,?\s+(?:[A-Z]{2,3}|Co\.?\s+[A-Z][a-z]+))?,?\s*$`);

const touches = (x: Candidate, start: number, end: number) => x.start < end && start < x.end;

/** The chosen spans with each street address widened over its unit, care-of, town and postcode; spans inside it dropped. */
export function widenAddresses(text: string, chosen: readonly Candidate[]): Candidate[] {
  let out = [...chosen];
  for (const street of chosen.filter((c) => c.type === 'STREET_ADDRESS')) {
    if (!out.includes(street)) continue;
    let { start, end } = street;
    const before = BEFORE.exec(text.slice(Math.max(0, start - 60), start));
    if (before) start -= before[1]!.length;
    const part = (at: number) => AFTER_PART.exec(text.slice(at)) ?? AFTER_CARE_OF.exec(text.slice(at));
    for (let p = part(end); p; p = part(end)) end += p[0].length;
    const next = out.find((c) => c.start >= end && c.type === 'POSTAL_CODE');
    if (next && next.start - end < 40 && TO_POSTCODE.test(text.slice(end, next.start))) end = next.end;
    else if (end > street.end) {
      // A town after a unit or care-of is the address's own only when the clause closes after it.
      const town = TOWN_AFTER.exec(text.slice(end));
      if (town && /^(?:[,.;!?]|$)/.test(text.slice(end + town[0].length))) end += town[0].length;
    }
    if (start === street.start && end === street.end) continue;
    // A span only partly inside the wider address keeps the address as it was: the two readings disagree on a boundary.
    const others = out.filter((c) => c !== street && touches(c, start, end));
    if (others.some((c) => c.start < start || c.end > end || (c.type !== 'POSTAL_CODE' && c.type !== 'PERSON'))) continue;
    // Its value as every address's, so a pseudonym of the same address is the same however it was punctuated.
    const wide: Candidate = { ...street, start, end, value: normaliseAddress(text.slice(start, end)) };
    out = [...out.filter((c) => c !== street && !others.includes(c)), wide].sort((x, y) => x.start - y.start);
  }
  return out;
}
