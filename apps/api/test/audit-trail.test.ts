import { testDrivers } from '@kinerja/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi, type TestClient } from './harness.js';

type Entry = {
  actor: string;
  entity: string;
  field: string | null;
  old: string | null;
  new: string | null;
  reason: string | null;
};

describe.each(testDrivers())('the audit trail of an object on %s', (driver) => {
  let api: TestApi;
  let admin: TestClient;
  beforeAll(async () => {
    api = await startTestApi(driver, { employees: 150 });
    admin = await api.as('admin');
  });
  afterAll(async () => {
    await api?.close();
  });

  it('shows who changed a program, which field, from what to what, newest first', async () => {
    const created = await admin.gql<{ createTrainingProgram: { program: { id: string; version: number } } }>(
      `mutation($input: CreateTrainingProgramInput!) { createTrainingProgram(input: $input) { program { id version } userErrors { message } } }`,
      {
        input: {
          code: 'AUDIT-1',
          name: 'Pelatihan Jejak Audit',
          kind: 'TECHNICAL',
          competencyArea: 'Kearsipan',
          jp: 16,
          provider: 'BKPSDM',
        },
      },
    );
    const program = created.data?.createTrainingProgram.program;
    expect(program).toBeTruthy();
    await admin.gql(
      `mutation($input: UpdateTrainingProgramInput!) { updateTrainingProgram(input: $input) { userErrors { message } } }`,
      { input: { id: program?.id, version: program?.version, jp: 24 } },
    );
    const trail = await admin.gql<{ node: { auditTrail: Entry[] } }>(
      `query($id: ID!) { node(id: $id) { ... on TrainingProgram { auditTrail { actor entity field old new reason } } } }`,
      { id: program?.id },
    );
    const entries = trail.data?.node.auditTrail ?? [];
    expect(entries[0]).toMatchObject({ actor: 'admin', entity: 'training_program', field: 'jp', old: '16', new: '24' });
    expect(entries.at(-1)).toMatchObject({ actor: 'admin', entity: 'training_program', field: null, old: null });
    expect(entries).toHaveLength(2);
  });

  it("an employee's trail gathers the changes of their records, in one statement for a whole page of employees", async () => {
    const first = await admin.gql<{ employees: { nodes: { nip: string }[] } }>(
      '{ employees(first: 1) { nodes { nip } } }',
    );
    const nip = first.data?.employees.nodes[0]?.nip ?? '';
    const employee = await api.db
      .selectFrom('employee')
      .select(['id', 'nip'])
      .where('nip', '=', nip)
      .executeTakeFirstOrThrow();
    await api.db
      .insertInto('audit_log')
      .values({
        actor: 'admin',
        entity: 'employee',
        entity_id: employee.id,
        field: 'email',
        old: '"a@x.id"',
        new: '"b@x.id"',
        reason: 'typo',
      })
      .execute();
    const r = await admin.gql<{ employees: { nodes: { nip: string; auditTrail: Entry[] }[] } }>(
      '{ employees(first: 20) { nodes { nip auditTrail(last: 5) { entity field reason } } } }',
    );
    const mine = r.data?.employees.nodes.find((e) => e.nip === employee.nip);
    expect(mine?.auditTrail[0]).toEqual({ entity: 'employee', field: 'email', reason: 'typo' });
    expect(r.data?.employees.nodes.every((e) => e.auditTrail.length <= 5)).toBe(true);
    expect((r as { extensions?: { sqlStatements?: number } }).extensions?.sqlStatements).toBeLessThanOrEqual(3);
  });
});
