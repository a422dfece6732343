import { parseEnum } from '../core/enum.js';

/** DISC-1: the levels of a discipline sanction (PP 94/2021 Pasal 8), lightest first. */
export const DISCIPLINE_LEVELS = ['RINGAN', 'SEDANG', 'BERAT'] as const;
/** DISC-1: a discipline level. */
export type DisciplineLevel = (typeof DISCIPLINE_LEVELS)[number];

/** DISC-1: every sanction type of PP 94/2021 Pasal 8, grouped by level. */
// biome-ignore format: one level per row
export const SANCTION_TYPES = [
  'TEGURAN_LISAN', 'TEGURAN_TERTULIS', 'PERNYATAAN_TIDAK_PUAS_TERTULIS',
  'POTONGAN_TUKIN_25_6_BULAN', 'POTONGAN_TUKIN_25_9_BULAN', 'POTONGAN_TUKIN_25_12_BULAN',
  'PENURUNAN_JABATAN_12_BULAN', 'PEMBEBASAN_JABATAN_12_BULAN', 'PEMBERHENTIAN_DENGAN_HORMAT_TIDAK_ATAS_PERMINTAAN_SENDIRI',
] as const;
/** DISC-1: a sanction type. */
export type SanctionType = (typeof SANCTION_TYPES)[number];

/**
 * DISC-1: the level, label and duration of each sanction type. `months` is null for RINGAN (its duration is
 * `policy.lightSanctionMonths`, DISC-2) and for dismissal, which never ends.
 */
export const SANCTION_INFO: Readonly<
  Record<SanctionType, { readonly level: DisciplineLevel; readonly label: string; readonly months: number | null }>
> = {
  TEGURAN_LISAN: { level: 'RINGAN', label: 'Teguran lisan', months: null },
  TEGURAN_TERTULIS: { level: 'RINGAN', label: 'Teguran tertulis', months: null },
  PERNYATAAN_TIDAK_PUAS_TERTULIS: { level: 'RINGAN', label: 'Pernyataan tidak puas secara tertulis', months: null },
  POTONGAN_TUKIN_25_6_BULAN: { level: 'SEDANG', label: 'Pemotongan tunjangan kinerja 25% selama 6 bulan', months: 6 },
  POTONGAN_TUKIN_25_9_BULAN: { level: 'SEDANG', label: 'Pemotongan tunjangan kinerja 25% selama 9 bulan', months: 9 },
  POTONGAN_TUKIN_25_12_BULAN: {
    level: 'SEDANG',
    label: 'Pemotongan tunjangan kinerja 25% selama 12 bulan',
    months: 12,
  },
  PENURUNAN_JABATAN_12_BULAN: {
    level: 'BERAT',
    label: 'Penurunan jabatan setingkat lebih rendah selama 12 bulan',
    months: 12,
  },
  PEMBEBASAN_JABATAN_12_BULAN: {
    level: 'BERAT',
    label: 'Pembebasan dari jabatannya menjadi jabatan pelaksana selama 12 bulan',
    months: 12,
  },
  PEMBERHENTIAN_DENGAN_HORMAT_TIDAK_ATAS_PERMINTAAN_SENDIRI: {
    level: 'BERAT',
    label: 'Pemberhentian dengan hormat tidak atas permintaan sendiri sebagai PNS',
    months: null,
  },
};

/** DISC-1: the level of a sanction type. */
export const sanctionLevel = (type: SanctionType): DisciplineLevel => SANCTION_INFO[type].level;

/** DISC-1: the sanction types of a level, in the order of the regulation. */
export const sanctionTypesOf = (level: DisciplineLevel): readonly SanctionType[] =>
  SANCTION_TYPES.filter((t) => SANCTION_INFO[t].level === level);

/** DISC-1: parses a sanction type. */
export const parseSanctionType = (input: string, path?: string) =>
  parseEnum(SANCTION_TYPES, input, 'sanction type', path);

/** DISC-1: parses a discipline level. */
export const parseDisciplineLevel = (input: string, path?: string) =>
  parseEnum(DISCIPLINE_LEVELS, input, 'discipline level', path);
