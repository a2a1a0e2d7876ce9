export const ENTITY_TYPES = [
  'PERSON',
  'PHONE',
  'EMAIL',
  'DATE_OF_BIRTH',
  'SSN',
  'CREDIT_CARD',
  'STREET_ADDRESS',
  'POSTAL_CODE',
  'MEDICAL_RECORD_NUMBER',
  'INSURANCE_ID',
  'MEDICAL_CONDITION',
  'MEDICATION',
  'DRIVER_LICENSE',
  'BANK_ACCOUNT',
  'IP_ADDRESS',
] as const;

export type EntityType = (typeof ENTITY_TYPES)[number];

/** A redacted span. Offsets are UTF-16 code units of the input, `end` exclusive. */
export interface Span {
  type: EntityType;
  start: number;
  end: number;
  /** The recognizer rule that found it, e.g. `phone.digits`; with `RULES_VERSION` it says which logic decided. */
  rule: string;
  confidence: number;
}

/** A span with the normalised value it stands for: used for allowlists and pseudonyms, never output. */
export interface Candidate extends Span {
  value: string;
}

/** A mask the engine writes (`[PHONE]`, `[PHONE_3fa9c2e81b07]`): a value already given, read as one token and never as words. */
export const MASK_PATTERN = String.raw`\[[A-Z][A-Z_]*(?:_[0-9a-f]{12})?\]`;

/** Bumped whenever a recognizer's behaviour changes, and stored with every audit row. */
export const RULES_VERSION = '2026.12.17';
