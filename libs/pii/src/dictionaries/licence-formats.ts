/**
 * Driving licence numbers by issuer: the names callers give the issuer, and the shapes of its numbers once spaces and dashes
 * are dropped (L a letter, D a digit, X either; a letter written in lowercase is itself). Written from published formats, not from any set's lines: the AAMVA DL/ID
 * Card Design Standard and the formats the US states, DC and the Canadian provinces publish for their cards, and the
 * Australian states' card descriptions. Issuers change formats; a shape here is one a card in a wallet may still carry.
 */
const FORMATS = `
alabama: D{7,8}
alaska: D{6,7}
arizona: LD{8} | D{9}
arkansas: D{8,9}
california: LD{7}
colorado: D{9} | LD{3,6} | LLD{2,5}
connecticut: D{9}
delaware: D{6,7}
district_of_columbia | dc | washington_dc: D{7} | D{9}
florida: LD{12}
georgia: D{7,9}
hawaii: LD{8} | D{9}
idaho: LLD{6}L | D{9}
illinois: LD{11,12}
indiana: LD{9} | D{9,10}
iowa: D{9} | DDDLLDDDD
kansas: LDLDL | LD{8} | D{9}
kentucky: LD{8,9} | D{9}
louisiana: D{8,9}
maine: D{7,8} | D{7}L
maryland: LD{12}
massachusetts: LD{8} | D{9}
michigan: LD{10} | LD{12}
minnesota: LD{12}
mississippi: D{9}
missouri: LD{5,9} | D{8}LL | D{9}L | D{9}
montana: LD{8} | D{9} | D{13,14}
nebraska: LD{6,8}
nevada: D{9,10} | D{12} | LD{8}
new_hampshire: DDLLLD{5}
new_jersey: LD{14}
new_mexico: D{8,9}
new_york: LD{7} | LD{18} | D{8,9} | D{16} | L{8}
north_carolina: D{6,12}
north_dakota: LLLD{6} | D{9}
ohio: LD{4,8} | LLD{3,7} | D{8}
oklahoma: LD{9} | D{9}
oregon: D{6,9} | LD{6} | LLD{5}
pennsylvania: D{8}
rhode_island: D{7} | LD{6}
south_carolina: D{6,11}
south_dakota: D{6,10} | D{12}
tennessee: D{7,9}
texas: D{7,8}
utah: D{6,10}
vermont: D{8} | D{7}L
virginia: LD{8,11} | D{9}
washington: wdlX{9} | L{7}D{3}X{2} | L{5}\\*LLD{3}X{2}
west_virginia: D{7} | LD{5,6} | LLD{5,6}
wisconsin: LD{13}
wyoming: D{9,10}
ontario: LD{14}
quebec: LD{12}
british_columbia | bc: D{7}
alberta: D{6,9}
manitoba: L{7}D{3}LL | LLD{6,8}
saskatchewan: D{8}
nova_scotia: L{5}D{9}
new_brunswick: D{5,7}
newfoundland | newfoundland_and_labrador: LD{9}
prince_edward_island | pei: D{5,6}
irish: D{9}
victorian: D{8,10}
new_south_wales | nsw: D{8} | X{6,8}
queensland | qld: D{8,9}
western_australian | western_australia: D{7}
south_australian: X{6}
tasmanian | tassie: X{6,8}
australian_capital_territory | canberra: D{6,10}
northern_territory: D{6,10}
`;

export interface LicenceIssuer {
  /** The issuer's names, each as its words: ["new", "york"]. */
  names: string[][];
  /** Whether a number, spaces and dashes dropped and uppercased, has one of the issuer's shapes. */
  shape: RegExp;
}

const toRegex = (shape: string) => shape.replace(/L/g, '[A-Z]').replace(/D/g, '\\d').replace(/X/g, '[A-Z0-9]');

export const LICENCE_ISSUERS: LicenceIssuer[] = FORMATS.trim()
  .split('\n')
  .map((line) => {
    const [names, shapes] = line.split(':') as [string, string];
    return {
      names: names.split('|').map((n) => n.trim().split('_')),
      shape: new RegExp(`^(?:${shapes.split('|').map((s) => toRegex(s.trim())).join('|')})$`, 'i'),
    };
  });
