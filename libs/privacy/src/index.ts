export { CallerPhoneHmac } from './caller-phone-hmac';
export { type ErasureRequest, type ErasureStatus, type ErasureStep, erasureStatus, recordDeadLettersErased, recordErasureStep, requestCallerErasure, type Sql } from './erasure-ledger';
export { EXPIRING_PERSONAL_DATA, type ExpiringPersonalData, RetentionJanitor } from './retention-janitor';
