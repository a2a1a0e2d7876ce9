export { DEMO_CONTACT, DEMO_ORG_ID, DEMO_SENDER, DEMO_TIMEZONE, type DemoClinic, seedDemo } from './demo';
export { TenantCliConfig } from './tenant.config';
export { type AdminKeys, type Hours, type PlatformSecrets, type RedactionSettings, TenantAdmin, type TwilioAccount } from './tenant-admin';
export { type PlatformConnection, platformConnection } from './voice-connection';
