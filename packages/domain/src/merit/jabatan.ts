import { parseEnum } from '../core/enum.js';

/** The kinds of position (jabatan): managerial (struktural), functional and executor (pelaksana). */
export const JABATAN_KINDS = ['STRUKTURAL', 'FUNGSIONAL', 'PELAKSANA'] as const;
/** A kind of position. */
export type JabatanKind = (typeof JABATAN_KINDS)[number];

/** Position levels: managerial, functional (keahlian and keterampilan) and pelaksana. */
// biome-ignore format: grouped by kind
export const JABATAN_LEVELS = [
  'JPT_UTAMA', 'JPT_MADYA', 'JPT_PRATAMA', 'ADMINISTRATOR', 'PENGAWAS',
  'AHLI_UTAMA', 'AHLI_MADYA', 'AHLI_MUDA', 'AHLI_PERTAMA',
  'PENYELIA', 'MAHIR', 'TERAMPIL', 'PEMULA',
  'PELAKSANA',
] as const;
/** A position level. */
export type JabatanLevel = (typeof JABATAN_LEVELS)[number];

/** MERIT-3: the managerial levels a vacancy can be opened for. */
export const MANAGERIAL_TARGETS = ['PENGAWAS', 'ADMINISTRATOR', 'JPT_PRATAMA'] as const;
/** MERIT-3: a managerial level with requirements in the policy. */
export type ManagerialTarget = (typeof MANAGERIAL_TARGETS)[number];

/** The kind of each level. */
export const JABATAN_KIND_OF: Readonly<Record<JabatanLevel, JabatanKind>> = {
  JPT_UTAMA: 'STRUKTURAL',
  JPT_MADYA: 'STRUKTURAL',
  JPT_PRATAMA: 'STRUKTURAL',
  ADMINISTRATOR: 'STRUKTURAL',
  PENGAWAS: 'STRUKTURAL',
  AHLI_UTAMA: 'FUNGSIONAL',
  AHLI_MADYA: 'FUNGSIONAL',
  AHLI_MUDA: 'FUNGSIONAL',
  AHLI_PERTAMA: 'FUNGSIONAL',
  PENYELIA: 'FUNGSIONAL',
  MAHIR: 'FUNGSIONAL',
  TERAMPIL: 'FUNGSIONAL',
  PEMULA: 'FUNGSIONAL',
  PELAKSANA: 'PELAKSANA',
};

/**
 * MERIT-3: the grade that makes levels equivalent for experience ("as Pengawas or equivalent fungsional"):
 * Pelaksana and entry functional levels 1, Pengawas and Ahli Muda 3, Administrator and Ahli Madya 4, ...
 */
export const JABATAN_GRADE: Readonly<Record<JabatanLevel, number>> = {
  PELAKSANA: 1,
  PEMULA: 1,
  TERAMPIL: 1,
  MAHIR: 2,
  PENYELIA: 2,
  AHLI_PERTAMA: 2,
  PENGAWAS: 3,
  AHLI_MUDA: 3,
  ADMINISTRATOR: 4,
  AHLI_MADYA: 4,
  JPT_PRATAMA: 5,
  AHLI_UTAMA: 5,
  JPT_MADYA: 6,
  JPT_UTAMA: 7,
};

/** Parses a position level. */
export const parseJabatanLevel = (input: string, path?: string) =>
  parseEnum(JABATAN_LEVELS, input, 'position level', path);

/** MERIT-3: parses a managerial target level. */
export const parseManagerialTarget = (input: string, path?: string) =>
  parseEnum(MANAGERIAL_TARGETS, input, 'managerial position level', path);
