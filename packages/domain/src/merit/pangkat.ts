import { parseEnum } from '../core/enum.js';

/** MERIT-1: the pangkat/golongan ladder, lowest to highest (I/a .. IV/e). */
// biome-ignore format: one golongan per row
export const PANGKATS = [
  'I_A', 'I_B', 'I_C', 'I_D',
  'II_A', 'II_B', 'II_C', 'II_D',
  'III_A', 'III_B', 'III_C', 'III_D',
  'IV_A', 'IV_B', 'IV_C', 'IV_D', 'IV_E',
] as const;
/** MERIT-1: a pangkat, written with an underscore (`III_B` is golongan III/b). */
export type Pangkat = (typeof PANGKATS)[number];

/** MERIT-1: the title of each pangkat and its golongan as people write it. */
export const PANGKAT_INFO: Readonly<Record<Pangkat, { readonly golongan: string; readonly name: string }>> = {
  I_A: { golongan: 'I/a', name: 'Juru Muda' },
  I_B: { golongan: 'I/b', name: 'Juru Muda Tingkat I' },
  I_C: { golongan: 'I/c', name: 'Juru' },
  I_D: { golongan: 'I/d', name: 'Juru Tingkat I' },
  II_A: { golongan: 'II/a', name: 'Pengatur Muda' },
  II_B: { golongan: 'II/b', name: 'Pengatur Muda Tingkat I' },
  II_C: { golongan: 'II/c', name: 'Pengatur' },
  II_D: { golongan: 'II/d', name: 'Pengatur Tingkat I' },
  III_A: { golongan: 'III/a', name: 'Penata Muda' },
  III_B: { golongan: 'III/b', name: 'Penata Muda Tingkat I' },
  III_C: { golongan: 'III/c', name: 'Penata' },
  III_D: { golongan: 'III/d', name: 'Penata Tingkat I' },
  IV_A: { golongan: 'IV/a', name: 'Pembina' },
  IV_B: { golongan: 'IV/b', name: 'Pembina Tingkat I' },
  IV_C: { golongan: 'IV/c', name: 'Pembina Utama Muda' },
  IV_D: { golongan: 'IV/d', name: 'Pembina Utama Madya' },
  IV_E: { golongan: 'IV/e', name: 'Pembina Utama' },
};

/** MERIT-1: parses a pangkat code such as `III_B`. */
export const parsePangkat = (input: string, path?: string) => parseEnum(PANGKATS, input, 'pangkat', path);

/** MERIT-1: position of a pangkat on the ladder, 0 = I/a. */
export const pangkatRank = (p: Pangkat): number => PANGKATS.indexOf(p);

/** MERIT-1: the golongan group (I..IV) of a pangkat. */
export const golonganOf = (p: Pangkat): 'I' | 'II' | 'III' | 'IV' => p.split('_')[0] as 'I' | 'II' | 'III' | 'IV';

/** MERIT-1: the next step on the ladder, or null at IV/e. */
export const nextPangkat = (p: Pangkat): Pangkat | null => PANGKATS[pangkatRank(p) + 1] ?? null;

/** MERIT-1: compares two pangkat: negative when a is lower. */
export const comparePangkat = (a: Pangkat, b: Pangkat): number => pangkatRank(a) - pangkatRank(b);
