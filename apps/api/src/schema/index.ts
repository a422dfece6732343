/** The schema: each file registers its types and fields; this one only imports them in order and builds. */
import { builder } from '../builder.js';
import { listTypes } from '../query/list-types.js';
import './enums.js';
import './decision.js';
import './instansi.js';
import { EmployeeType, employeeSpec } from './employee.js';
import { EmployeeYearType, employeeYearSpec } from './employee-year.js';
import { RecommendationType, recommendationSpec } from './recommendation.js';
import { SkpType, skpSpec } from './skp.js';
import { EnrolmentType, enrolmentSpec, ProgramType, programSpec, SessionType, sessionSpec } from './training.js';
import { UnitType, unitSpec } from './unit.js';
import './distribution.js';
import './auth.js';
import '../workflows/saved-queries/index.js';
import '../workflows/training/index.js';
import '../workflows/merit/index.js';
import '../workflows/recommendations/index.js';
import '../workflows/discipline/index.js';
import '../workflows/evaluation/index.js';
import '../workflows/audit-trail/index.js';

// Every list's types exist before any filter refers to another's.
for (const [spec, ref] of [
  [unitSpec, UnitType],
  [employeeSpec, EmployeeType],
  [employeeYearSpec, EmployeeYearType],
  [skpSpec, SkpType],
  [programSpec, ProgramType],
  [sessionSpec, SessionType],
  [enrolmentSpec, EnrolmentType],
  [recommendationSpec, RecommendationType],
] as const)
  listTypes(spec, ref);

export const schema = builder.toSchema({ sortSchema: false });
