import { parseEnum } from '../core/enum.js';
import { domainError, err, ok, type Result } from '../core/result.js';

/** DEV-2: classical training (pelatihan klasikal), in the order of Peraturan LAN 10/2018. */
// biome-ignore format: one kind per row
export const CLASSICAL_TRAINING_KINDS = [
  'LEADERSHIP', 'MANAGERIAL', 'TECHNICAL', 'FUNCTIONAL', 'SOCIO_CULTURAL',
  'SEMINAR', 'WORKSHOP', 'COURSE', 'TECHNICAL_GUIDANCE',
] as const;

/** DEV-2: non-classical training (pelatihan nonklasikal). */
// biome-ignore format: one kind per row
export const NON_CLASSICAL_TRAINING_KINDS = [
  'E_LEARNING', 'ON_THE_JOB', 'DISTANCE_LEARNING', 'INTERNSHIP', 'EXCHANGE',
  'COACHING', 'MENTORING', 'SELF_STUDY', 'LEARNING_COMMUNITY',
] as const;

/** DEV-2: every kind of competency development. */
export const TRAINING_KINDS = [...CLASSICAL_TRAINING_KINDS, ...NON_CLASSICAL_TRAINING_KINDS] as const;
/** DEV-2: a kind of competency development. */
export type TrainingKind = (typeof TRAINING_KINDS)[number];

/** DEV-2: the two modes of development. */
export type TrainingMode = 'CLASSICAL' | 'NON_CLASSICAL';

/** DEV-2: the Indonesian name of each kind, as the regulation and the users say it. */
export const TRAINING_KIND_LABELS: Readonly<Record<TrainingKind, string>> = {
  LEADERSHIP: 'Pelatihan struktural kepemimpinan (PKN/PKA/PKP)',
  MANAGERIAL: 'Pelatihan manajerial',
  TECHNICAL: 'Pelatihan teknis',
  FUNCTIONAL: 'Pelatihan fungsional',
  SOCIO_CULTURAL: 'Pelatihan sosial kultural',
  SEMINAR: 'Seminar/konferensi/sarasehan',
  WORKSHOP: 'Workshop/lokakarya',
  COURSE: 'Kursus',
  TECHNICAL_GUIDANCE: 'Bimbingan teknis',
  E_LEARNING: 'E-learning',
  ON_THE_JOB: 'Bimbingan di tempat kerja',
  DISTANCE_LEARNING: 'Pelatihan jarak jauh',
  INTERNSHIP: 'Magang/praktik kerja',
  EXCHANGE: 'Pertukaran antara PNS dengan pegawai swasta/BUMN/BUMD',
  COACHING: 'Coaching',
  MENTORING: 'Mentoring',
  SELF_STUDY: 'Belajar mandiri',
  LEARNING_COMMUNITY: 'Komunitas belajar',
};

/** DEV-2: whether a kind is classical or non-classical. */
export const trainingModeOf = (kind: TrainingKind): TrainingMode =>
  (CLASSICAL_TRAINING_KINDS as readonly string[]).includes(kind) ? 'CLASSICAL' : 'NON_CLASSICAL';

/**
 * DEV-2: names that are not kinds of their own but belong to one: IT and information-system training is
 * technical training.
 */
export const TRAINING_KIND_ALIASES: Readonly<Record<string, TrainingKind>> = {
  INFORMATION_TECHNOLOGY: 'TECHNICAL',
  IT: 'TECHNICAL',
  INFORMATION_SYSTEM: 'TECHNICAL',
  TEKNOLOGI_INFORMASI: 'TECHNICAL',
  SISTEM_INFORMASI: 'TECHNICAL',
};

/** DEV-2: parses a training kind, resolving the aliases (IT and information-system training → TECHNICAL). */
export const parseTrainingKind = (input: string, path?: string): Result<TrainingKind> => {
  const alias = Object.hasOwn(TRAINING_KIND_ALIASES, input) ? TRAINING_KIND_ALIASES[input] : undefined;
  if (alias !== undefined) return ok(alias);
  const parsed = parseEnum(TRAINING_KINDS, input, 'training kind', path);
  return parsed.ok
    ? parsed
    : err(
        domainError(
          'INVALID_ENUM',
          `${parsed.error.message} (IT and information-system training is TECHNICAL)`,
          parsed.error.path,
        ),
      );
};
