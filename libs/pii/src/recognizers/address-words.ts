import { TEENS, TENS, Token, UNITS } from '../analysis';

/** The words address rules read: street types, units, regions, and the words that end or break an address. */

/** Street types said after the street's name: English (US, UK, Irish, Australian) and Spanish/French ones used that way. */
export const SUFFIXES = new Set(
  `street st avenue ave av road rd boulevard blvd lane ln drive dr court ct way place pl terrace ter tce circle cir parkway pkwy highway hwy
square sq trail trl crescent cres alley plaza route loop row close grove gardens gdns heights point pike run walk mews parade pde rise view
wynd gate broadway kingsway esplanade esp circuit cct promenade quay park green hill vale avenida street's crossing xing ridge meadow meadows brae
chase wharf glade hollow knoll bend cove lawn lawns downs trace path pass landing commons turnpike causeway expressway freeway spur bluff`.split(/\s+/),
);
export const ABBREVIATED = new Set(['st', 'ave', 'av', 'rd', 'blvd', 'ln', 'dr', 'ct', 'pl', 'ter', 'tce', 'cir', 'pkwy', 'hwy', 'sq', 'trl', 'cres', 'pde', 'gdns', 'esp', 'cct']);
/** Street types said before the name: French, Spanish, Italian, Portuguese, Irish ("12 avenue Foch", "Calle Mayor 12", "14 Bóthar na Trá"). */
export const PREFIXES = new Set(`rue avenue av boulevard bd bld allée allee chemin impasse place quai route cours calle avenida avda paseo plaza carrer camino ronda via viale piazza rua travessa
corso largo vicolo strada lungomare contrada carretera travesía praça
bóthar bothar sráid sraid ascaill lána cearnóg plás páirc ard cúirt cuirt céide ceide garrán radharc cnoc slí`.split(/\s+/));
/** German and Dutch street names are one word ending in the type: "Lindenweg", "Hauptstraße", "Keizersgracht". */
export const COMPOUND = /(?:straße|strasse|str|weg|allee|platz|gasse|ring|damm|ufer|chaussee|steig|pfad|markt|straat|laan|gracht|plein|kade|singel|dijk|hof)$/;
/** Street types that take a number of their own after them: "state route 37", "county road 9", "highway 61". */
export const NUMBERED_TYPES = new Set(['route', 'highway', 'hwy', 'road', 'rd']);
export const HOUSE_LEAD = new Set(['at', 'to', 'is', "it's", 'its', 'address', 'live', 'living']);
/** Words before a unit said alone: "apartment #2R". */
export const UNIT_CUES = new Set(['apartment', 'apt', 'flat', 'unit']);
export const UNIT_WORDS = new Set(['apt', 'app', 'appt', 'apartment', 'unit', 'suite', 'ste', 'flat', 'floor', 'building', 'bldg', 'apartament', 'appartement', 'wohnung', 'piso', 'puerta', 'lot', 'block', 'room']);
export const STATES = new Set(
  `alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois indiana iowa kansas
kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon
pennsylvania tennessee texas utah vermont virginia washington wisconsin wyoming ontario quebec alberta manitoba saskatchewan
victoria queensland tasmania`.split(/\s+/),
);
export const TWO_WORD_STATES = new Set(['new hampshire', 'new jersey', 'new mexico', 'new york', 'north carolina', 'north dakota', 'rhode island', 'south carolina', 'south dakota', 'west virginia', 'district of', 'british columbia', 'nova scotia', 'new brunswick', 'new south', 'south australia', 'western australia', 'co dublin', 'county dublin']);
export const STATE_CODES = new Set(
  `AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT
VT VA WA WV WI WY DC ON QC BC AB MB SK NS NB NL PE YT NU VIC NSW QLD TAS ACT WA SA NT`.split(/\s+/),
);
/** State codes that ASR writes in lowercase and that are no English words ("austin tx", "washington dc"). */
export const LOWERCASE_CODES = new Set(['dc', 'tx', 'ny', 'nj', 'nc', 'sc', 'nd', 'sd', 'nh', 'nm', 'nv', 'wv', 'wy', 'vt', 'ct', 'fl', 'ga', 'ia', 'ks', 'ky', 'md', 'mn', 'mt', 'pa', 'ri', 'tn', 'ut', 'va', 'wi', 'az', 'ar', 'il', 'mi', 'nsw', 'qld', 'vic', 'bc', 'qc']);
export const STOPS = new Set(['in', 'at', 'and', 'or', 'near', 'by', 'for', 'but', 'is', 'my', 'the', 'to', 'on', 'from', 'so', 'then', 'please', 'thanks', 'if', 'with', 'i', "i'm", 'it', "it's", 'we', 'you', 'uh', 'um', 'that', 'this', 'was', 'be', 'are', 'me', 'just', 'now', 'today', 'tomorrow']);
export const DIRECTIONS = new Set(['n', 's', 'e', 'w', 'ne', 'nw', 'se', 'sw', 'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest']);
/** Measures between a number and a street type make a distance, not an address: "a two minute walk", "a 45 minute drive". */
export const MEASURES = new Set(['minute', 'minutes', 'min', 'mins', 'hour', 'hours', 'hr', 'hrs', 'second', 'seconds', 'mile', 'miles', 'km', 'kilometre', 'kilometer', 'metre', 'meter', 'yard', 'yards', 'block', 'blocks', 'day', 'days', 'week', 'weeks', 'step', 'steps']);
/** Vehicles between a number and a street type make a route, not an address: "the 19 tram down Sydney Road", "the 42 bus along Park Lane". */
export const VEHICLES = new Set(['tram', 'trams', 'bus', 'buses', 'train', 'trains', 'coach', 'ferry', 'luas', 'dart', 'metro', 'subway', 'shuttle', 'streetcar', 'trolley']);
let numberWords: Set<string> | undefined;
/** A number's word: one set lookup (asked of most words an address rule passes), the set made on first use, after `analysis`'s tables. */
export const NUMBER_WORD = (w: string) => (numberWords ??= new Set([...Object.keys(UNITS), ...Object.keys(TEENS), ...Object.keys(TENS), 'hundred', 'oh', 'thousand'])).has(w);
export const UNIT_VALUE = (w: Token | undefined) => w !== undefined && (w.kind === 'number' || /^[a-z]?\d+[a-z]?$|^[a-z]$/i.test(w.text) || NUMBER_WORD(w.lower));
/** Words that end a house's name: "Rose Cottage", "the Old Vicarage", "The Maltings". */
export const HOUSE_WORDS = new Set(['cottage', 'cottages', 'house', 'lodge', 'farm', 'farmhouse', 'barn', 'manor', 'villa', 'vicarage', 'rectory', 'grange', 'maltings', 'mill', 'bungalow', 'hall',
  'forge', 'croft', 'stables', 'chapel', 'schoolhouse', 'granary', 'bakery', 'tannery', 'brewery', 'dairy', 'smithy', 'oast', 'coachhouse']);
