import { type Check, check } from '../core/check.js';
import type { Predikat, Rating } from './scales.js';

/** EVAL-2: the kuadran kinerja of PermenPANRB 6/2022: rows are the results rating, columns the behaviour rating. */
export const PREDIKAT_MATRIX: Readonly<Record<Rating, Readonly<Record<Rating, Predikat>>>> = {
  DI_ATAS: { DI_BAWAH: 'KURANG_MISCONDUCT', SESUAI: 'BAIK', DI_ATAS: 'SANGAT_BAIK' },
  SESUAI: { DI_BAWAH: 'KURANG_MISCONDUCT', SESUAI: 'BAIK', DI_ATAS: 'BAIK' },
  DI_BAWAH: { DI_BAWAH: 'SANGAT_KURANG', SESUAI: 'BUTUH_PERBAIKAN', DI_ATAS: 'BUTUH_PERBAIKAN' },
};

/** EVAL-2: the predikat of a results rating and a behaviour rating. */
export const predikatOf = (results: Rating, behaviour: Rating): Predikat => PREDIKAT_MATRIX[results][behaviour];

/** EVAL-2: the predikat with its reason, for showing why. */
export const decidePredikat = (
  results: Rating,
  behaviour: Rating,
): { predikat: Predikat; checks: readonly Check[] } => {
  const predikat = predikatOf(results, behaviour);
  return {
    predikat,
    checks: [
      check('EVAL-2', 'predikat-matrix', true, `results ${results} and behaviour ${behaviour} give ${predikat}`, {
        results,
        behaviour,
        predikat,
      }),
    ],
  };
};
