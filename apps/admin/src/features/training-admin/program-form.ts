import { TRAINING_KINDS, type TrainingKind } from '@kinerja/domain';
import { z } from 'zod';

/** What the program form holds, as typed (numbers are text until they are checked). */
export type ProgramFormValues = {
  code: string;
  name: string;
  kind: TrainingKind;
  competencyArea: string;
  jp: string;
  provider: string;
  isIt: boolean;
  description: string;
};

/** What the program form sends once it is valid. */
export type ProgramInput = {
  readonly code: string;
  readonly name: string;
  readonly kind: TrainingKind;
  readonly competencyArea: string;
  readonly jp: number;
  readonly provider: string;
  readonly isIt: boolean;
  readonly description: string | null;
};

/** The form's messages, by key under `form.errors` of the workflows namespace. */
export type FormErrorKey = 'required' | 'tooLong' | 'wholeHours' | 'atLeastOne' | 'notADate' | 'endBeforeStart';
/** Turns an error key into the sentence shown. */
export type FormMessages = (key: FormErrorKey) => string;

const required = (m: FormMessages, max: number) =>
  z
    .string()
    .trim()
    .min(1, { message: m('required') })
    .max(max, { message: m('tooLong') });

/**
 * The program form's schema: code, name, competency area and provider are required; the kind is one of the
 * regulation's forms of development; JP are whole hours of at least 1. The rest (a code used twice, say) is the
 * server's to say, through userErrors.
 */
export const programSchema = (m: FormMessages) =>
  z.object({
    code: required(m, 32),
    name: required(m, 200),
    kind: z.enum(TRAINING_KINDS, { message: m('required') }),
    competencyArea: required(m, 100),
    jp: z
      .string()
      .trim()
      .min(1, { message: m('required') })
      .regex(/^\d+$/, { message: m('wholeHours') })
      .refine((s) => Number(s) >= 1, { message: m('atLeastOne') }),
    provider: required(m, 200),
    isIt: z.boolean(),
    description: z.string().max(2000, { message: m('tooLong') }),
  });

/** The fields user errors can point at. */
export const PROGRAM_FIELDS = [
  'code',
  'name',
  'kind',
  'competencyArea',
  'jp',
  'provider',
  'isIt',
  'description',
] as const satisfies readonly (keyof ProgramFormValues)[];

/** An empty program form. */
export const EMPTY_PROGRAM: ProgramFormValues = {
  code: '',
  name: '',
  kind: 'COURSE',
  competencyArea: '',
  jp: '',
  provider: '',
  isIt: false,
  description: '',
};

/** The checked form as the mutation's input. */
export const toProgramInput = (v: ProgramFormValues): ProgramInput => ({
  code: v.code.trim(),
  name: v.name.trim(),
  kind: v.kind,
  competencyArea: v.competencyArea.trim(),
  jp: Number(v.jp),
  provider: v.provider.trim(),
  isIt: v.isIt,
  description: v.description.trim() === '' ? null : v.description.trim(),
});

/** What the session form holds. */
export type SessionFormValues = {
  startDate: string;
  endDate: string;
  place: string;
  link: string;
  capacity: string;
};

/** What the session form sends. */
export type SessionInput = {
  readonly startDate: string;
  readonly endDate: string;
  readonly place: string | null;
  readonly link: string | null;
  readonly capacity: number;
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The session form's schema: dates as YYYY-MM-DD with the end not before the start (ISO dates compare as text),
 * a whole capacity of at least 1; a place or a link (or both).
 */
export const sessionSchema = (m: FormMessages) =>
  z
    .object({
      startDate: z.string().regex(ISO_DATE, { message: m('notADate') }),
      endDate: z.string().regex(ISO_DATE, { message: m('notADate') }),
      place: z.string().max(200, { message: m('tooLong') }),
      link: z.string().max(500, { message: m('tooLong') }),
      capacity: z
        .string()
        .trim()
        .min(1, { message: m('required') })
        .regex(/^\d+$/, { message: m('wholeHours') })
        .refine((s) => Number(s) >= 1, { message: m('atLeastOne') }),
    })
    .superRefine((v, ctx) => {
      if (ISO_DATE.test(v.startDate) && ISO_DATE.test(v.endDate) && v.endDate < v.startDate)
        ctx.addIssue({ code: 'custom', path: ['endDate'], message: m('endBeforeStart') });
      if (v.place.trim() === '' && v.link.trim() === '')
        ctx.addIssue({ code: 'custom', path: ['place'], message: m('required') });
    });

/** The fields user errors can point at. */
export const SESSION_FIELDS = [
  'startDate',
  'endDate',
  'place',
  'link',
  'capacity',
] as const satisfies readonly (keyof SessionFormValues)[];

/** An empty session form. */
export const EMPTY_SESSION: SessionFormValues = { startDate: '', endDate: '', place: '', link: '', capacity: '' };

/** The checked form as the mutation's input. */
export const toSessionInput = (v: SessionFormValues): SessionInput => ({
  startDate: v.startDate,
  endDate: v.endDate,
  place: v.place.trim() === '' ? null : v.place.trim(),
  link: v.link.trim() === '' ? null : v.link.trim(),
  capacity: Number(v.capacity),
});
