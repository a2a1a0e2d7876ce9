export { PhraseTrie } from './phrase-trie';
export { fingerprintOf, type MaskStyle, type RedactedSpan, type RedactionPolicy, type RedactionResult, type RedactOptions, Redactor } from './redactor';
export { type Turn } from './context/dialogue';
export { ENTITY_TYPES, type EntityType, RULES_VERSION, type Span } from './types';
export { luhn, validCard, validIban, validSsn } from './validators';
