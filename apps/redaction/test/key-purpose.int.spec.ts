import { KEY_PURPOSES, purposeKey, SecretBox } from '@mo/crypto';
import { AppProcess, call, createClinic, TEST_KEYS, tenantAdmin, TestClinic, TestInfra } from '@infra/testing';

let infra: TestInfra;
let redaction: AppProcess;
let clinic: TestClinic;

beforeAll(async () => {
  infra = await TestInfra.create();
  [redaction, clinic] = await Promise.all([AppProcess.start('redaction', infra.env('redaction')), createClinic(infra)]);
});

afterAll(async () => {
  await redaction?.stop();
  await infra?.dispose();
});

const boxes = {
  master: new SecretBox(TEST_KEYS.tenantSecretsKey),
  signingSecrets: new SecretBox(purposeKey(TEST_KEYS.tenantSecretsKey, 'signingSecrets')),
  fingerprintKeys: new SecretBox(purposeKey(TEST_KEYS.tenantSecretsKey, 'fingerprintKeys')),
};
const opensWith = (sealed: Buffer, orgId: string) =>
  Object.entries(boxes)
    .filter(([, box]) => {
      try {
        box.open(sealed, orgId);
        return true;
      } catch {
        return false;
      }
    })
    .map(([name]) => name);

describe('one key for one purpose (TENANT_SECRETS_KEY)', () => {
  it('derives a separate subkey per purpose', () => {
    const keys = [TEST_KEYS.tenantSecretsKey, ...Object.keys(KEY_PURPOSES).map((p) => purposeKey(TEST_KEYS.tenantSecretsKey, p as keyof typeof KEY_PURPOSES))];
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('seals redaction fingerprint keys and signing secrets each under its own subkey, never the master key', async () => {
    const response = await call(`${redaction.url}/v1/transcripts`, { apiKey: clinic.apiKey, body: { callId: 'key-purpose', turns: [{ speaker: 'caller', text: 'my number is 773 555 0132', at: '2026-11-25T15:00:00Z' }] } });
    expect(response.status).toBe(201);
    const admin = tenantAdmin(infra);
    await admin.requireSignatures(clinic.orgId).finally(() => admin.close());
    const stored = await infra.asOwner(clinic.orgId, async (db) => ({
      fingerprint: (await db.query(`SELECT key_sealed FROM redaction.keys WHERE org_id = $1`, [clinic.orgId])).rows[0].key_sealed as Buffer,
      signing: (await db.query(`SELECT signing_secret_sealed FROM tenancy.orgs WHERE org_id = $1`, [clinic.orgId])).rows[0].signing_secret_sealed as Buffer,
    }));
    expect(opensWith(stored.fingerprint, clinic.orgId)).toEqual(['fingerprintKeys']);
    expect(opensWith(stored.signing, clinic.orgId)).toEqual(['signingSecrets']);
  });
});
