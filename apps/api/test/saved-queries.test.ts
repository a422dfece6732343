import { testDrivers } from '@kinerja/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi, type TestClient } from './harness.js';

const FIELDS = 'id name description query variables shared ownerName mine version';
const CREATE = `mutation Create($input: CreateSavedQueryInput!) {
  createSavedQuery(input: $input) { savedQuery { ${FIELDS} } userErrors { code field message } }
}`;
const UPDATE = `mutation Update($input: UpdateSavedQueryInput!) {
  updateSavedQuery(input: $input) { savedQuery { ${FIELDS} } userErrors { code field message } }
}`;
const DELETE = `mutation Delete($input: DeleteSavedQueryInput!) {
  deleteSavedQuery(input: $input) { deletedId userErrors { code field message } }
}`;
const LIST = `{ savedQueries { ${FIELDS} } }`;

type Saved = {
  id: string;
  name: string;
  query: string;
  variables: string;
  shared: boolean;
  ownerName: string;
  mine: boolean;
  version: number;
};
type Errors = { code: string; field: string[] | null; message: string }[];
type CreateResult = { createSavedQuery: { savedQuery: Saved | null; userErrors: Errors } };
type UpdateResult = { updateSavedQuery: { savedQuery: Saved | null; userErrors: Errors } };

const PREDIKAT_PER_UNIT = `query PredikatPerUnit($year: Int!) {
  employeeYears(filter: { year: { eq: $year } }) { groupedAggregates(groupBy: [ANNUAL_PREDIKAT]) { keys count } }
}`;

describe.each(testDrivers())('saved queries of the analyst workbench on %s', (driver) => {
  let api: TestApi;
  let analyst: TestClient;
  let admin: TestClient;
  let employee: TestClient;
  beforeAll(async () => {
    api = await startTestApi(driver, { employees: 150 });
    [analyst, admin, employee] = await Promise.all([api.as('analis'), api.as('admin'), api.as('pegawai')]);
  });
  afterAll(async () => {
    await api?.close();
  });
  const count = async () =>
    Number(
      (
        await api.db
          .selectFrom('saved_query')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const audits = async () =>
    Number(
      (
        await api.db
          .selectFrom('audit_log')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('entity', '=', 'saved_query')
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('an analyst saves a query with its variables, lists it, changes and deletes it, each change audited', async () => {
    const created = await analyst.gql<CreateResult>(CREATE, {
      input: {
        name: 'Predikat per unit',
        query: PREDIKAT_PER_UNIT,
        variables: '{"year": 2025}',
        description: 'Per tahun',
      },
    });
    expect(created.data?.createSavedQuery.userErrors).toEqual([]);
    const saved = created.data?.createSavedQuery.savedQuery as Saved;
    expect(saved).toMatchObject({ name: 'Predikat per unit', shared: false, mine: true, version: 1 });
    expect(JSON.parse(saved.variables)).toEqual({ year: 2025 });
    const list = await analyst.gql<{ savedQueries: Saved[] }>(LIST);
    expect(list.data?.savedQueries.map((q) => q.name)).toEqual(['Predikat per unit']);
    const updated = await analyst.gql<UpdateResult>(UPDATE, {
      input: { id: saved.id, version: 1, name: 'Predikat per unit kerja', variables: '{"year": 2024}' },
    });
    expect(updated.data?.updateSavedQuery.savedQuery).toMatchObject({ name: 'Predikat per unit kerja', version: 2 });
    const deleted = await analyst.gql<{ deleteSavedQuery: { deletedId: string; userErrors: Errors } }>(DELETE, {
      input: { id: saved.id, version: 2 },
    });
    expect(deleted.data?.deleteSavedQuery).toEqual({ deletedId: saved.id, userErrors: [] });
    expect(await count()).toBe(0);
    // created, two fields changed, deleted
    expect(await audits()).toBe(4);
  });

  it('a query that does not validate, a mutation, or variables that are not an object are refused, nothing saved', async () => {
    const before = await count();
    for (const [input, field] of [
      [{ name: 'Salah', query: '{ employees { nope } }' }, 'query'],
      [{ name: 'Salah', query: '{ employees ' }, 'query'],
      [{ name: 'Ubah', query: 'mutation { signOut { signedOut } }' }, 'query'],
      [{ name: 'Var', query: PREDIKAT_PER_UNIT, variables: '[1]' }, 'variables'],
      [{ name: '  ', query: PREDIKAT_PER_UNIT }, 'name'],
    ] as const) {
      const r = await analyst.gql<CreateResult>(CREATE, { input });
      expect(r.data?.createSavedQuery.savedQuery).toBeNull();
      expect(r.data?.createSavedQuery.userErrors[0]).toMatchObject({ code: 'INVALID_INPUT', field: ['input', field] });
    }
    expect(await count()).toBe(before);
  });

  it('a second query of the same name is a DUPLICATE; a stale version is a CONFLICT and changes nothing', async () => {
    const first = await analyst.gql<CreateResult>(CREATE, { input: { name: 'JP', query: PREDIKAT_PER_UNIT } });
    const saved = first.data?.createSavedQuery.savedQuery as Saved;
    const again = await analyst.gql<CreateResult>(CREATE, { input: { name: 'JP', query: PREDIKAT_PER_UNIT } });
    expect(again.data?.createSavedQuery.userErrors[0]?.code).toBe('DUPLICATE');
    await analyst.gql<UpdateResult>(UPDATE, { input: { id: saved.id, version: 1, description: 'v2' } });
    const stale = await analyst.gql<UpdateResult>(UPDATE, { input: { id: saved.id, version: 1, name: 'JP lama' } });
    expect(stale.data?.updateSavedQuery.userErrors[0]).toMatchObject({ code: 'CONFLICT', field: ['input', 'version'] });
    const row = await api.db
      .selectFrom('saved_query')
      .select(['name', 'version'])
      .where('name', 'like', 'JP%')
      .executeTakeFirst();
    expect(row).toEqual({ name: 'JP', version: 2 });
  });

  it('shared queries are seen within the instansi only, and only their owner may change them', async () => {
    const shared = await admin.gql<CreateResult>(CREATE, {
      input: { name: 'Dibagikan', query: PREDIKAT_PER_UNIT, shared: true },
    });
    const id = shared.data?.createSavedQuery.savedQuery?.id;
    // The analyst is of BKN, the admin of the Pemkot: another instansi sees nothing of it.
    const analystList = await analyst.gql<{ savedQueries: Saved[] }>(LIST);
    expect(analystList.data?.savedQueries.map((q) => q.name)).not.toContain('Dibagikan');
    const change = await analyst.gql<UpdateResult>(UPDATE, { input: { id, version: 1, name: 'Milik saya' } });
    expect(change.data?.updateSavedQuery.userErrors[0]?.code).toBe('NOT_FOUND');
  });

  it('an employee may not save queries', async () => {
    const before = await count();
    const r = await employee.gql<CreateResult>(CREATE, { input: { name: 'Saya', query: PREDIKAT_PER_UNIT } });
    expect(r.data?.createSavedQuery.userErrors[0]?.code).toBe('FORBIDDEN');
    expect((await employee.gql<{ savedQueries: Saved[] }>(LIST)).data?.savedQueries).toEqual([]);
    expect(await count()).toBe(before);
  });

  it('without signing in, saving is refused as UNAUTHENTICATED before it runs', async () => {
    const r = await api.gql<CreateResult>(CREATE, { input: { name: 'Anon', query: PREDIKAT_PER_UNIT } });
    expect(r.status).toBe(401);
    expect(r.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
