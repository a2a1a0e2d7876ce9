export { CallerPhoneHmac } from './caller-phone-hmac';
export { type ErasureRequest, type ErasureStatus, type ErasureStep, erasureStatus, recordDeadLettersErased, recordErasureStep, requestCallerErasure, type Sql } from './erasure-ledger';
