import {
  BERAKHLAK_VALUES,
  type BerakhlakValue,
  DEFAULT_POLICY,
  type Policy,
  type Predikat,
  predikatOf,
  RATINGS,
  type Rating,
  RHK_JENIS,
  type RhkJenis,
  suggestBehaviourRating,
  suggestResultsRating,
} from '@kinerja/domain';
import { z } from 'zod';

/** One result (RHK) being rated. */
export type ResultEntry = { id: string; version: number; jenis: RhkJenis; description: string; rating: Rating | '' };
/** One BerAKHLAK value being rated, with feedback. */
export type BehaviourEntry = {
  value: BerakhlakValue;
  version: number;
  expectation: string;
  rating: Rating | '';
  feedback: string;
};
/** The evaluator's own overall rating instead of the suggested one: off, or a rating with the reason. */
export type OverrideEntry = { on: boolean; rating: Rating | ''; reason: string };

/** What the rating form holds. */
export type RatingFormValues = {
  period: string;
  results: ResultEntry[];
  behaviours: BehaviourEntry[];
  resultsOverride: OverrideEntry;
  behaviourOverride: OverrideEntry;
};

/** The form's messages, by key under `rate.errors` of the workflows namespace. */
export type RatingErrorKey = 'required' | 'reasonRequired' | 'sameAsSuggested';

const rating = (m: (k: RatingErrorKey) => string) =>
  z.union([z.enum(RATINGS), z.literal('')]).refine((r) => r !== '', { message: m('required') });

const override = (m: (k: RatingErrorKey) => string) =>
  z
    .object({ on: z.boolean(), rating: z.union([z.enum(RATINGS), z.literal('')]), reason: z.string() })
    .superRefine((o, ctx) => {
      if (!o.on) return;
      if (o.rating === '') ctx.addIssue({ code: 'custom', path: ['rating'], message: m('required') });
      if (o.reason.trim().length === 0)
        ctx.addIssue({ code: 'custom', path: ['reason'], message: m('reasonRequired') });
    });

/**
 * The rating form's schema: every result and every BerAKHLAK value rated (EVAL-5/6); an override of an overall
 * rating needs the rating chosen and a written reason, which the API keeps.
 */
export const ratingSchema = (m: (k: RatingErrorKey) => string) =>
  z.object({
    period: z.string().regex(/^\d+$/, { message: m('required') }),
    results: z.array(
      z.object({
        id: z.string(),
        version: z.number(),
        jenis: z.enum(RHK_JENIS),
        description: z.string(),
        rating: rating(m),
      }),
    ),
    behaviours: z.array(
      z.object({
        value: z.enum(BERAKHLAK_VALUES),
        version: z.number(),
        expectation: z.string(),
        rating: rating(m),
        feedback: z.string(),
      }),
    ),
    resultsOverride: override(m),
    behaviourOverride: override(m),
  });

/** What the domain suggests from the ratings entered so far, and the overall ratings and predikat that follow. */
export type RatingPreview = {
  /** EVAL-5: null until every result is rated. */
  readonly resultsSuggested: Rating | null;
  /** EVAL-6: null until every value is rated. */
  readonly behaviourSuggested: Rating | null;
  /** The overall ratings: the override when one is on and chosen, else the suggestion. */
  readonly results: Rating | null;
  readonly behaviour: Rating | null;
  /** EVAL-2: the period's predikat from the matrix, once both overall ratings are known. */
  readonly predikat: Predikat | null;
};

/** The suggestions (the domain's EVAL-5/6 rules) and the predikat (EVAL-2) for the form as it is now. */
export const previewRating = (
  values: Pick<RatingFormValues, 'results' | 'behaviours' | 'resultsOverride' | 'behaviourOverride'>,
  policy: Pick<Policy, 'behaviourAboveMin'> = DEFAULT_POLICY,
): RatingPreview => {
  const rated = values.results.flatMap((r) => (r.rating === '' ? [] : [{ jenis: r.jenis, rating: r.rating }]));
  const resultsSuggested =
    rated.length === values.results.length && rated.length > 0 ? suggestResultsRating(rated).rating : null;
  const behaviourRatings = Object.fromEntries(
    values.behaviours.flatMap((b) => (b.rating === '' ? [] : [[b.value, b.rating]])),
  );
  const behaviour = suggestBehaviourRating(behaviourRatings, policy);
  const behaviourSuggested = behaviour.ok ? behaviour.value.rating : null;
  const chosen = (o: OverrideEntry, suggested: Rating | null): Rating | null =>
    o.on && o.rating !== '' ? o.rating : suggested;
  const results = chosen(values.resultsOverride, resultsSuggested);
  const behaviourFinal = chosen(values.behaviourOverride, behaviourSuggested);
  return {
    resultsSuggested,
    behaviourSuggested,
    results,
    behaviour: behaviourFinal,
    predikat: results && behaviourFinal ? predikatOf(results, behaviourFinal) : null,
  };
};

/** The fields user errors may name (the API's `results.N.rating` is the form's). */
export const ratingFields = (values: Pick<RatingFormValues, 'results' | 'behaviours'>) => [
  'period' as const,
  'resultsOverride.reason' as const,
  'resultsOverride.rating' as const,
  'behaviourOverride.reason' as const,
  'behaviourOverride.rating' as const,
  ...values.results.map((_, i) => `results.${i}.rating` as const),
  ...values.behaviours.map((_, i) => `behaviours.${i}.rating` as const),
  ...values.behaviours.map((_, i) => `behaviours.${i}.feedback` as const),
];

/** The rateSkp input of a checked form. */
export const toRateInput = (skp: { id: string; version: number }, v: RatingFormValues) => ({
  id: skp.id,
  version: skp.version,
  period: Number(v.period),
  results: v.results.map((r) => ({ resultId: r.id, version: r.version, rating: r.rating as Rating })),
  behaviours: v.behaviours.map((b) => ({
    value: b.value,
    version: b.version,
    rating: b.rating as Rating,
    ...(b.feedback.trim() === '' ? {} : { feedback: b.feedback.trim() }),
  })),
  ...(v.resultsOverride.on
    ? { resultsOverride: { rating: v.resultsOverride.rating as Rating, reason: v.resultsOverride.reason.trim() } }
    : {}),
  ...(v.behaviourOverride.on
    ? { behaviourOverride: { rating: v.behaviourOverride.rating as Rating, reason: v.behaviourOverride.reason.trim() } }
    : {}),
});
