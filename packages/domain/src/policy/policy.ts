import { z } from 'zod';
import { compareDates, type IsoDate, parseIsoDate } from '../core/date.js';
import { type DomainError, domainError, err, ok, type Result } from '../core/result.js';
import { PREDIKATS } from '../evaluation/scales.js';
import { EDUCATIONS } from '../identity/education.js';
import { MANAGERIAL_TARGETS } from '../merit/jabatan.js';
import { PANGKATS } from '../merit/pangkat.js';

const predikat = z.enum(PREDIKATS);
const pangkat = z.enum(PANGKATS);
const education = z.enum(EDUCATIONS);
const percent = z.number().min(0).max(100);
const score = z.number().min(0).max(100);

/** MERIT-3: what one managerial level asks of a candidate. */
const positionRequirement = z.object({
  /** Lowest education. */
  minEducation: education,
  /** Lowest pangkat. */
  minPangkat: pangkat.nullable(),
  /** Years of experience at a level of at least `experienceMinGrade` (JABATAN_GRADE). */
  experienceYears: z.number().int().min(0).max(40),
  experienceMinGrade: z.number().int().min(1).max(7),
  /** Years of service in related fields (JPT), or 0. */
  serviceYears: z.number().int().min(0).max(40),
  /** Highest age at registration (JPT), or null. */
  maxAge: z.number().int().min(18).max(70).nullable(),
});

/**
 * Section 8: every number a local government may set differently, with the spec's defaults. Unknown keys are
 * refused so that a misspelt parameter never silently falls back to its default.
 */
export const policySchema = z
  .strictObject({
    /** EVAL-5: realisation/target below this → DI_BAWAH. */
    rhkBelowRatio: z.number().positive().max(10).default(1),
    /** EVAL-5: realisation/target at or above this → DI_ATAS. */
    rhkAboveRatio: z.number().positive().max(10).default(1.1),
    /** EVAL-6: how many of the 7 BerAKHLAK values DI_ATAS make the behaviour DI_ATAS. */
    behaviourAboveMin: z.number().int().min(1).max(7).default(4),
    /** EVAL-8: how often periodic evaluations are made. */
    periodicity: z.enum(['MONTHLY', 'QUARTERLY', 'SEMESTER']).default('QUARTERLY'),
    /** EVAL-10: whether a distribution violation only warns or blocks finalisation. */
    distributionMode: z.enum(['WARN', 'BLOCK']).default('WARN'),
    /** EVAL-10: units with fewer rated employees are only warned. */
    distributionMinUnitSize: z.number().int().min(1).max(1000).default(5),
    /** MERIT-2: years in the current pangkat before a regular promotion. */
    yearsInRank: z.number().int().min(1).max(10).default(4),
    /** MERIT-2: years in rank on the outstanding-achievement path. */
    yearsInRankOutstanding: z.number().int().min(1).max(10).default(2),
    /** MERIT-2: the highest pangkat each education reaches by regular promotion. */
    educationCeilings: z.record(education, pangkat).default({
      SD: 'II_A',
      SLTP: 'II_C',
      SLTA: 'III_B',
      D1: 'III_B',
      D2: 'III_C',
      D3: 'III_D',
      S1_D4: 'IV_A',
      S2: 'IV_B',
      S3: 'IV_C',
    }),
    /** MERIT-3: requirements per managerial level. */
    positionRequirements: z.record(z.enum(MANAGERIAL_TARGETS), positionRequirement).default({
      PENGAWAS: {
        minEducation: 'D3',
        minPangkat: 'III_B',
        experienceYears: 4,
        experienceMinGrade: 1,
        serviceYears: 0,
        maxAge: null,
      },
      ADMINISTRATOR: {
        minEducation: 'S1_D4',
        minPangkat: 'III_D',
        experienceYears: 3,
        experienceMinGrade: 3,
        serviceYears: 0,
        maxAge: null,
      },
      JPT_PRATAMA: {
        minEducation: 'S1_D4',
        minPangkat: null,
        experienceYears: 2,
        experienceMinGrade: 4,
        serviceYears: 5,
        maxAge: 56,
      },
    }),
    /** MERIT-4: which pairs of annual predicates give the kinerja levels of the 9-box. */
    talentKinerjaRule: z
      .strictObject({
        diAtasLastAtLeast: predikat,
        diAtasPreviousAtLeast: predikat,
        sesuaiBothAtLeast: predikat,
      })
      .default({ diAtasLastAtLeast: 'SANGAT_BAIK', diAtasPreviousAtLeast: 'BAIK', sesuaiBothAtLeast: 'BAIK' }),
    /** MERIT-4: potential score cut-offs for TINGGI and MENENGAH. */
    potensiCutoffs: z
      .strictObject({ tinggi: score, menengah: score })
      .refine((c) => c.tinggi > c.menengah, {
        message: 'the TINGGI cut-off must be above the MENENGAH cut-off',
        path: ['tinggi'],
      })
      .default({ tinggi: 90, menengah: 78 }),
    /** DEV-1: JP of development every PNS is owed per calendar year. */
    annualJp: z.number().int().min(0).max(200).default(20),
    /** DEV-1: the most JP a PPPK is given per contract year. */
    pppkMaxJp: z.number().int().min(0).max(200).default(24),
    /** DISC-2: whether an active RINGAN sanction blocks promotion and succession too. */
    lightSanctionBlocks: z.boolean().default(false),
    /** DISC-2: how long a RINGAN sanction stays active, in months. */
    lightSanctionMonths: z.number().int().min(1).max(60).default(12),
    /** Section 8: percent of the performance allowance (TPP) paid per predikat. */
    tppByPredikat: z.record(predikat, percent).default({
      SANGAT_BAIK: 100,
      BAIK: 100,
      BUTUH_PERBAIKAN: 90,
      KURANG_MISCONDUCT: 85,
      SANGAT_KURANG: 80,
    }),
  })
  .refine((p) => p.rhkAboveRatio > p.rhkBelowRatio, {
    message: 'rhkAboveRatio must be above rhkBelowRatio',
    path: ['rhkAboveRatio'],
  })
  .refine((p) => p.yearsInRankOutstanding <= p.yearsInRank, {
    message: 'yearsInRankOutstanding cannot be longer than yearsInRank',
    path: ['yearsInRankOutstanding'],
  });

/** Section 8: one instansi's policy parameters, all present. */
export type Policy = z.output<typeof policySchema>;
/** Section 8: what an admin writes: any parameter may be left out to take its default. */
export type PolicyInput = z.input<typeof policySchema>;

/** Section 8: the spec's defaults. */
export const DEFAULT_POLICY: Policy = policySchema.parse({});

/** Section 8: validates a policy, filling defaults; each problem names its parameter. */
export const parsePolicy = (
  input: unknown,
): Result<Policy, DomainError & { readonly issues: readonly DomainError[] }> => {
  const parsed = policySchema.safeParse(input);
  if (parsed.success) return ok(parsed.data);
  const issues = parsed.error.issues.map((i) =>
    domainError('INVALID_POLICY', `${i.path.join('.') || 'policy'}: ${i.message}`, i.path.join('.')),
  );
  return err({ ...domainError('INVALID_POLICY', issues.map((i) => i.message).join('; ')), issues });
};

/** Section 8: a policy and the date from which it is in force. */
export type PolicyVersion = { readonly effectiveFrom: IsoDate; readonly policy: Policy };

/**
 * Section 8: the policy in force on a date: the version with the latest `effectiveFrom` on or before it, so a
 * past year is always judged by the policy of its time.
 */
export const policyInForce = (versions: readonly PolicyVersion[], on: IsoDate): Result<Policy> => {
  let best: PolicyVersion | undefined;
  for (const v of versions) {
    if (compareDates(v.effectiveFrom, on) <= 0 && (!best || compareDates(v.effectiveFrom, best.effectiveFrom) > 0))
      best = v;
  }
  return best
    ? ok(best.policy)
    : err(domainError('NO_POLICY_IN_FORCE', `no policy version is in force on ${on}; the earliest takes effect later`));
};

/** Section 8: validates a version's date of effect and its policy together. */
export const parsePolicyVersion = (input: { effectiveFrom: string; policy: unknown }): Result<PolicyVersion> => {
  const from = parseIsoDate(input.effectiveFrom, 'effectiveFrom');
  if (!from.ok) return from;
  const policy = parsePolicy(input.policy);
  if (!policy.ok) return err(policy.error);
  return ok({ effectiveFrom: from.value, policy: policy.value });
};
