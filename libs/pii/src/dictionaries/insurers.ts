/**
 * Health and dental insurers and schemes callers name before or with their member numbers ("green
 * shield ID ...", "Sun Life certificate number?", "your Denplan reference?"), from the payers' own
 * public names in the US, Canada, the UK, Ireland, Australia and the EU. Names that are everyday
 * words alone ("Guardian", "Empire", "Oscar", "Vitality") are left to the cue words around them.
 */
export const INSURERS: readonly string[] = [
  // United States
  'aetna', 'cigna', 'humana', 'anthem', 'kaiser', 'tricare', 'metlife', 'bcbs', 'blue cross', 'blue shield', 'blue cross blue shield', 'united healthcare',
  'unitedhealthcare', 'uhc', 'delta dental', 'ameritas', 'molina', 'ambetter', 'caresource', 'wellcare', 'highmark', 'premera', 'regence', 'florida blue',
  'emblemhealth', 'carefirst', 'geha', 'dentaquest', 'liberty dental', 'united concordia',
  // Canada
  'sun life', 'manulife', 'canada life', 'great-west life', 'great west life', 'green shield', 'desjardins', 'medavie', 'pacific blue cross', 'equitable life',
  // United Kingdom and Ireland
  'bupa', 'axa', 'axa ppp', 'aviva', 'simplyhealth', 'denplan', 'wpa', 'benenden', 'vhi', 'laya', 'irish life', 'glo health',
  // Australia
  'medibank', 'hcf', 'nib', 'hbf', 'ahm', 'gmhba', 'australian unity', 'defence health', 'teachers health', 'cbhs',
  // Germany, France, the Netherlands, Spain
  'aok', 'tk', 'techniker', 'techniker krankenkasse', 'barmer', 'dak', 'ikk', 'hkk', 'debeka', 'allianz', 'signal iduna', 'mgen', 'harmonie mutuelle',
  'malakoff humanis', 'zilveren kruis', 'vgz', 'menzis', 'sanitas', 'adeslas', 'asisa', 'dkv', 'mapfre',
];

/** The words said between an insurer's name and its number: "green shield ID", "Denplan reference", "Sun Life certificate". */
export const AFTER_NAME: readonly string[] = ['id', 'number', 'no', 'reference', 'ref', 'certificate', 'certificate number', 'cert', 'member id', 'member number', 'membership number', 'policy number', 'card', 'card number', 'plan',
  // Canada's group benefit plans print a contract (or plan) number beside the member's certificate.
  'contract', 'contract number', 'contract no', 'plan number', 'policy', 'group number'];

/** An insurer named anywhere in a turn, as a pattern: the agent's "your Denplan reference?" asks for its number. */
export const INSURER_NAMED = new RegExp(String.raw`\b(?:${INSURERS.map((n) => n.replace(/[-\s]/g, '[-\\s]')).join('|')})\b`);
