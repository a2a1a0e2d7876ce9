import { Redactor } from '@mo/pii';
import { found, of } from './fixture';

const NOW = new Date('2026-12-01T00:00:00Z');

/**
 * The name classes fixed from sets G, H and J's misses (task 10a), each with wordings of its own (not the sets'
 * lines): what is found, and what is left alone.
 */

describe("a name opening the turn, the caller's details right after it", () => {
  it.each([
    ['uh ok so tamsin okafor born the ninth of may 1971', 'tamsin okafor'],
    ['so femke van der wiel born 2/3/1988', 'femke van der wiel'],
    ['yeah so rhiannon al-hashimi dob 04/05/1990', 'rhiannon al-hashimi'],
    ['ok so katarzyna nowak 0412 555 019', 'katarzyna nowak'],
    ['so nowak +44 7700 900123', 'nowak'],
    ['Radomir at 18 Juniper Lane, Leeds', 'Radomir'],
    ['Teodora Vasilescu at 4 Birch Close, Bath', 'Teodora Vasilescu'],
    ['Wiremu, member id AB 44 19 20', 'Wiremu'],
  ])('%s', (text, name) => expect(of('PERSON', found(text))).toEqual([`PERSON:${name}`]));

  it.each([
    'lot 2231 8890 1123',
    'ok so monday at 12 Elm Street then',
    'so extension 4410 2290',
    'NSW licence 2231 8890',
    'Diners club 3056 9309 0259 04',
    'mi número es +34 611 222 333',
    'Social insurance number? not sure you need it',
    'so reception at 40 Harbour Road',
    'ok so June 555 0134 is the other line',
  ])('%s names no one', (text) => expect(of('PERSON', found(text))).toEqual([]));

  it('an answer to the ask for a licence names its issuer, not the caller', () => {
    expect(of('PERSON', found([['agent', 'And your driver licence?'], ['caller', 'Alberta, 221-904-118']]))).toEqual([]);
  });
});

describe('a name said earlier in the dialogue, said again', () => {
  it.each([
    [[['agent', 'First name?'], ['caller', 'Clover'], ['agent', 'Clover what?']], ['PERSON:Clover']],
    [[['caller', 'I want to book my daughter Ivy in'], ['agent', 'Ivy, is she due a clean?']], ['PERSON:Ivy']],
    [[['agent', 'How do you spell the surname?'], ['caller', 'W O J C I K'], ['agent', 'Wojcik, thanks.']], ['PERSON:Wojcik']],
    [[['agent', 'Is that Dr Abara-Lind you saw?'], ['caller', 'yes, abara-lind, the tall one']], ['PERSON:abara-lind']],
    [[['caller', 'it is Thandiwe Mokoena'], ['agent', 'Lovely.'], ['caller', 'mokoena with a k']], ['PERSON:mokoena']],
  ] as Array<[Array<[string, string]>, string[]]>)('%j', (turns, expected) => expect(of('PERSON', found(turns))).toEqual(expected));

  it.each([
    [['agent', 'First name?'], ['caller', 'Will'], ['agent', 'will that be all today?']],
    [['caller', 'my daughter May has a toothache'], ['agent', 'We have May 14th at 10, or next May.']],
    [['agent', 'Your name?'], ['caller', 'Grace'], ['agent', 'Great, the grace period is 30 days.']],
    [['caller', "it's Mark Obi"], ['agent', 'Mark the box on the form, please.']],
  ] as Array<Array<[string, string]>>)('%j names no one in the last turn', (...turns) => expect(of('PERSON', found(turns))).toEqual([]));

  it('redactDialogue reads every turn before, not just the last few', () => {
    const turns = [{ speaker: 'caller', text: 'hi it is Oluwaseun Adebayo-Kerr' }, ...Array.from({ length: 8 }, (_, i) => ({ speaker: i % 2 ? 'caller' : 'agent', text: 'ok' })), { speaker: 'agent', text: 'Adebayo-Kerr, got it.' }];
    expect(new Redactor().redactDialogue(turns).at(-1)!.text).toBe('[PERSON], got it.');
  });

  it('redactDialogue, with what it keeps of each turn, answers as each turn redacted alone with all turns before it', () => {
    const turns = [
      { speaker: 'agent', text: 'Thanks for calling, this is Ava. Who am I speaking with?' },
      { speaker: 'caller', text: 'its tomasz wojcik, for my son Kit' },
      { speaker: 'agent', text: 'And Kit was born when?' },
      { speaker: 'caller', text: 'march 3 2015, and Tomasz is spelled T O M A S Z' },
      { speaker: 'agent', text: 'Lovely, Ava here again: Kit and Tomasz, Thursday at nine with Dr Mensah.' },
    ];
    const alone = turns.map((turn, i) => new Redactor().redact(turn.text, { now: NOW, speaker: turn.speaker, context: turns.slice(0, i) }));
    expect(new Redactor().redactDialogue(turns, { now: NOW })).toEqual(alone);
  });
});

describe('names after a title, a relation, and words that name none', () => {
  it.each([
    ['Dr El-Khoury said to call about the crown', ['PERSON:El-Khoury']],
    ['me young lad Fionn has a toothache', ['PERSON:Fionn']],
  ])('%s', (text, expected) => expect(of('PERSON', found(text))).toEqual(expected));

  it.each([
    'i volunteered here once',
    'i started here last year',
    "it's batch number 7741 on the tube",
    'Medibank, my patient number is 4471',
  ])('%s names no one', (text) => expect(of('PERSON', found(text))).toEqual([]));
});

describe("the agent's own name (the clinic's AI receptionist's persona)", () => {
  it.each([
    [[['agent', 'Harbourside Dental, this is Imogen, how can I help?']], []],
    [[['agent', 'Harbourside Dental, Imogen speaking.'], ['caller', 'hi Imogen, it is Teodor Marku']], ['PERSON:Teodor Marku']],
    [[['agent', 'Hi Wairimu, it is Imogen from Harbourside returning your call.']], ['PERSON:Wairimu']],
    // Past the agent's first turn, "this is X" confirms the caller, who is named.
    [[['agent', 'Harbourside Dental, this is Imogen.'], ['caller', 'hi this is Priyanka Rao'], ['agent', 'Thanks Priyanka, so this is Priyanka calling about the crown?']], ['PERSON:Priyanka', 'PERSON:Priyanka']],
  ] as Array<[Array<[string, string]>, string[]]>)('%j', (turns, expected) => expect(of('PERSON', found(turns))).toEqual(expected));
});

describe('names by what is said about them', () => {
  it.each([
    // How the name is written, remarked on.
    ['is that Wieczorek with a W?', ['PERSON:Wieczorek']],
    ["it's Siobhán with a fada", ['PERSON:Siobhán']],
    ["that's Yusuf with one s", ['PERSON:Yusuf']],
    ['no, Aodhán with the dh', ['PERSON:Aodhán']],
    // Owning a relation: at the turn's start, and a word-name inside a sentence.
    ["Kemi's mum here, about her filling", ['PERSON:Kemi']],
    ["hello, I'm Ines, Faith's dad", ['PERSON:Ines', 'PERSON:Faith']],
    // A member of staff asked to call back; someone a call is about; the agent's "down as".
    ['could Joy ring me back this afternoon', ['PERSON:Joy']],
    ['I am calling about Malachy Breen, a resident here', ['PERSON:Malachy Breen']],
  ])('%s', (text, expected) => expect(of('PERSON', found(text))).toEqual(expected));

  it('the agent reads the caller back', () => {
    expect(of('PERSON', found([['agent', 'I have you down as Tahnee Walkabout, is that right?']]))).toEqual(['PERSON:Tahnee Walkabout']);
  });

  it.each([
    'it comes with a B vitamin',
    'I paid with a Z card last time',
    'the tube with two caps',
    "I'm calling about Invisalign",
    'can you call me back after five',
    "that's tomos dot rees at gmail dot com, tomos with one m",
    'Write to claims@example.org please.',
    "the dog's dad was a collie",
  ])('%s names no one', (text) => expect(of('PERSON', found(text))).toEqual([]));
});

describe('names read across a filler, a hyphen, a relation and an address', () => {
  it.each([
    ['this is Magdalena um Kowalczyk, I need a cleaning', ['PERSON:Magdalena um Kowalczyk']],
    ['I want to add my son Hunter to the account', ['PERSON:Hunter']],
    ["the booking's under El-Khatib", ['PERSON:El-Khatib']],
    ['my name is May-Britt Olsen', ['PERSON:May-Britt Olsen']],
    ['so amira gill, 14 Orchard Lane, Bath', ['PERSON:amira gill']],
    ['Tran Van Duc PO Box 88, Springvale', ['PERSON:Tran Van Duc']],
  ])('%s', (text, expected) => expect(of('PERSON', found(text))).toEqual(expected));

  it.each([
    "j'habite au 12 rue Oberkampf, Paris",
    'I will ask my husband if Friday works',
    'my son. Monday is best',
    'ok so 12 Orchard Lane is the address',
  ])('%s names no one', (text) => expect(of('PERSON', found(text))).toEqual([]));
});

describe("an e-mail's local part said before its mail service", () => {
  it.each(["it's lorcan b at gmail", 'so that is dee k at hotmail dot com'])('%s names no one', (text) => expect(of('PERSON', found(text))).toEqual([]));
  it('a name spelled after it is still a name', () => expect(of('PERSON', found('I saw Dr. Tan at the mall, T A N'))).toEqual(['PERSON:Tan', 'PERSON:T A N']));
});

describe("the agent's first words naming the caller", () => {
  it('a name the caller gave first is the caller\'s', () => {
    expect(of('PERSON', found([['caller', 'hi, my name is Rosalind Mbeki'], ['agent', 'Thanks, this is Rosalind, correct?']]))).toEqual(['PERSON:Rosalind']);
  });
});

describe('a given name said with "something" for the surname', () => {
  it.each([
    ['her name was like joy something, at the front desk', ['PERSON:joy']],
    ['the man who rang, Felix something? he left a message', ['PERSON:Felix']],
  ])('%s', (text, expected) => expect(of('PERSON', found(text))).toEqual(expected));
  it.each(['I would like something stronger', 'can you mark something on the chart', 'was it like may something'])('%s names no one', (text) => expect(of('PERSON', found(text))).toEqual([]));
});

describe('letters said after a number are a code, not initials', () => {
  it('a spelled postcode before its town names no one', () => expect(of('PERSON', found('it is L S one, four D T Leeds'))).toEqual([]));
  it('initials before a surname are still a name', () => expect(of('PERSON', found('my name is K J Abara'))).toEqual(['PERSON:K J Abara']));
});
