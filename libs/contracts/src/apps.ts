/**
 * The apps of the system, written once: their subscriptions, database roles, the operators' DTOs,
 * `npm start`, the startup test and the bench all take the list from here.
 */
export const APPS = ['booking', 'otp-sms', 'redaction', 'followup'] as const;
export type AppName = (typeof APPS)[number];
