/** Where the signature guard finds the current tenant's Twilio auth token: the credentials store implements it. */
export abstract class WebhookAuthTokens {
  /** Undefined when the tenant has no account, or its token cannot be decrypted. */
  abstract authToken(): Promise<string | undefined>;
}
