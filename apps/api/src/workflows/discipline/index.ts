import { SANCTION_INFO, SANCTION_TYPES, type SanctionType as SanctionTypeCode, sanctionLevel } from '@kinerja/domain';
import { requireAdminOf } from '../../auth/access.js';
import { audit } from '../../mutation/audit.js';
import { defineMutation } from '../../mutation/define.js';
import { refreshFacts } from '../../mutation/refresh-facts.js';
import { fail } from '../../mutation/user-error.js';
import { enumType } from '../../query/list-types.js';
import { EmployeeType, SanctionType } from '../../schema/employee.js';
import { findEmployee, keyOf, optionalText, requiredNote } from '../merit/common.js';

/** DISC-1: every sanction type of PP 94/2021 Pasal 8; its level and duration follow from it. */
const SanctionTypeEnum = enumType(
  'SanctionTypeCode',
  SANCTION_TYPES,
  'A discipline sanction of PP 94/2021 Pasal 8 (DISC-1); its level and duration follow from it.',
);

/**
 * DISC-1/2: records a sanction the authority decided (the system never decides one). Only an ADMIN of the
 * employee's instansi records it; the level and the months come from the type (DISC-1), and the facts that read
 * active sanctions (rank promotion due, succession group) are refreshed in the same transaction (DISC-2).
 */
defineMutation({
  name: 'recordSanction',
  description:
    'Records a discipline sanction decided by the authority (DISC-1); the system never decides one. ADMIN of the employee’s instansi. Eligibility (MERIT-2/3/5) reflects it at once (DISC-2).',
  input: (t) => ({
    employeeId: t.id({ required: true, description: 'The employee sanctioned.' }),
    type: t.field({ type: SanctionTypeEnum, required: true, description: 'The sanction (DISC-1).' }),
    startDate: t.field({ type: 'Date', required: true, description: 'In force from (TMT).' }),
    decidedBy: t.string({ required: true, description: 'The authority that decided it (pejabat yang berwenang).' }),
    decreeNumber: t.string({ required: false, description: 'Nomor SK of the decision.' }),
    reason: t.string({ required: false, description: 'The violation it answers.' }),
  }),
  run: async (tx, input) => {
    const employee = await findEmployee(tx, keyOf(String(input.employeeId), 'Employee', ['employeeId']), [
      'employeeId',
    ]);
    requireAdminOf(tx, employee.instansi_id);
    const type = input.type as SanctionTypeCode;
    const decidedBy = requiredNote(input.decidedBy, ['decidedBy'], 'which authority decided the sanction');
    const existing = await tx.db
      .selectFrom('sanction')
      .select('id')
      .where('employee_id', '=', employee.id)
      .where('type', '=', type)
      .where('start_date', '=', input.startDate)
      .executeTakeFirst();
    if (existing)
      fail('DUPLICATE', `this ${type} from ${input.startDate} is already recorded`, ['input', 'startDate'], 'DISC-1');
    const sanction = await tx.db
      .insertInto('sanction')
      .values({
        employee_id: employee.id,
        level: sanctionLevel(type),
        type,
        start_date: input.startDate,
        months: SANCTION_INFO[type].months,
        decided_by: decidedBy,
        decree_number: optionalText(input.decreeNumber, ['decreeNumber'], 120),
        reason: optionalText(input.reason, ['reason'], 2000),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await audit(tx, [{ entity: 'sanction', entityId: sanction.id, new: sanction, reason: sanction.reason }]);
    await refreshFacts(tx, [employee.id]);
    const refreshed = await findEmployee(tx, employee.id, ['employeeId']);
    return { sanction, employee: refreshed };
  },
  payload: (t) => ({
    sanction: t.field({
      type: SanctionType,
      nullable: true,
      description: 'The sanction recorded.',
      resolve: (p) => p.sanction,
    }),
    employee: t.field({
      type: EmployeeType,
      nullable: true,
      description: 'The employee, with facts refreshed (rank promotion due, eligibility).',
      resolve: (p) => p.employee,
    }),
  }),
});
