import {
  DISCIPLINE_LEVELS,
  EDUCATIONS,
  EMPLOYMENT_TYPES,
  ENROLMENT_STATUSES,
  GENDERS,
  JABATAN_KINDS,
  JABATAN_LEVELS,
  ORG_PREDIKATS,
  PANGKATS,
  POTENSI_LEVELS,
  PREDIKATS,
  RATINGS,
  SKP_STATES,
  TRAINING_KINDS,
} from '@kinerja/domain';
import { enumType } from '../query/list-types.js';

/** GraphQL enums made from the domain's own value lists, so the API never spells a value twice. */
export const Predikat = enumType(
  'Predikat',
  PREDIKATS,
  'An employee performance verdict (predikat kinerja pegawai), best to worst (EVAL-1).',
);
export const OrgPredikat = enumType(
  'OrgPredikat',
  ORG_PREDIKATS,
  "A unit's organisation performance verdict (predikat kinerja organisasi), best to worst (EVAL-10).",
);
export const Rating = enumType('Rating', RATINGS, 'A rating against expectation (ekspektasi) (EVAL-1).');
export const Pangkat = enumType('Pangkat', PANGKATS, 'A rank (pangkat/golongan), I_A = I/a .. IV_E = IV/e (MERIT-1).');
export const Education = enumType('Education', EDUCATIONS, 'Highest formal education (pendidikan terakhir).');
export const Gender = enumType('Gender', GENDERS, 'Gender (jenis kelamin).');
export const EmploymentType = enumType('EmploymentType', EMPLOYMENT_TYPES, 'PNS (career) or PPPK (contract) ASN.');
export const JabatanKind = enumType('JabatanKind', JABATAN_KINDS, 'Kind of position (jenis jabatan).');
export const JabatanLevel = enumType('JabatanLevel', JABATAN_LEVELS, 'Position level (jenjang jabatan).');
export const PotensiLevel = enumType('PotensiLevel', POTENSI_LEVELS, 'Potential level of the talent 9-box (MERIT-4).');
export const SkpState = enumType('SkpState', SKP_STATES, 'Where an SKP stands in its workflow (EVAL-9).');
export const EnrolmentStatus = enumType('EnrolmentStatus', ENROLMENT_STATUSES, 'Status of an enrolment (DEV-3).');
export const TrainingKind = enumType('TrainingKind', TRAINING_KINDS, 'Kind of competency development (DEV-2).');
export const DisciplineLevel = enumType(
  'DisciplineLevel',
  DISCIPLINE_LEVELS,
  'Level of a discipline sanction (DISC-1).',
);
