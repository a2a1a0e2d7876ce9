import { RELEASE_REASONS } from '@mo/contracts';
import { TestInfra } from '@infra/testing';

let infra: TestInfra;

beforeAll(async () => {
  infra = await TestInfra.create();
});

afterAll(async () => {
  await infra?.dispose();
});

/** `ReleaseReason` is declared once, in contracts; the table's CHECK must allow exactly those reasons. */
describe('release reasons', () => {
  it('given the holds table, its release_reason CHECK allows exactly RELEASE_REASONS', async () => {
    const definition = await infra.asOwner(undefined, async (db) => {
      const { rows } = await db.query<{ definition: string }>(`
        SELECT pg_get_constraintdef(con.oid) AS definition
          FROM pg_constraint con
         WHERE con.conrelid = 'booking.holds'::regclass AND con.contype = 'c'
           AND pg_get_constraintdef(con.oid) LIKE '%release_reason = ANY%'`);
      return rows.map((r) => r.definition);
    });
    expect(definition).toHaveLength(1);
    const allowed = [...definition[0]!.matchAll(/'([a-z_]+)'::text/g)].map((m) => m[1]);
    expect(allowed.sort()).toEqual([...RELEASE_REASONS].sort());
  });
});
