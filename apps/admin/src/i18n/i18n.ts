import { SANCTION_INFO, SANCTION_TYPES, TALENT_ACTION_LABELS, TRAINING_KIND_LABELS } from '@kinerja/domain';
import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import enChecks from '../locales/en/checks.json';
import enEnums from '../locales/en/enums.json';
import enWorkflows from '../locales/en/workflows.json';
import en from '../locales/en.json';
import idChecks from '../locales/id/checks.json';
import idEnumsFile from '../locales/id/enums.json';
import idWorkflows from '../locales/id/workflows.json';
import id from '../locales/id.json';

/** The languages the app speaks; Indonesian first. */
export const LANGUAGES = ['id', 'en'] as const;
/** One of the app's languages. */
export type Language = (typeof LANGUAGES)[number];
/** Indonesian is the default for everyone until they choose otherwise. */
export const DEFAULT_LANGUAGE: Language = 'id';

/**
 * Indonesian enum labels: the file, plus the names the domain already gives in Indonesian (training kinds, DEV-2;
 * sanction types, DISC-1; 9-box actions, MERIT-4), so they are written once. English has them all in its file.
 */
const idEnums = {
  ...idEnumsFile,
  TrainingKind: TRAINING_KIND_LABELS,
  SanctionTypeCode: Object.fromEntries(SANCTION_TYPES.map((s) => [s, SANCTION_INFO[s].label])),
  TalentAction: TALENT_ACTION_LABELS,
};

export const resources = {
  id: { translation: id, workflows: idWorkflows, checks: idChecks, enums: idEnums },
  en: { translation: en, workflows: enWorkflows, checks: enChecks, enums: enEnums },
} as const;

const STORAGE_KEY = 'kinerja.language';

/** A known language or the default (for a stored or requested value that may be anything). */
export const toLanguage = (value: string | null | undefined): Language =>
  LANGUAGES.find((l) => l === value) ?? DEFAULT_LANGUAGE;

/** The language chosen earlier on this browser, else Indonesian. */
export const storedLanguage = (): Language => {
  try {
    return toLanguage(globalThis.localStorage?.getItem(STORAGE_KEY));
  } catch {
    return DEFAULT_LANGUAGE;
  }
};

/** Creates an i18next instance (one per app, one per test) in the given language; `<html lang>` follows it. */
export const createI18n = (language: Language = DEFAULT_LANGUAGE): I18n => {
  const instance = i18next.createInstance();
  instance.on('languageChanged', (lng) => {
    if (typeof document !== 'undefined') document.documentElement.lang = lng;
  });
  void instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: LANGUAGES,
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  return instance;
};

/** Switches the language and remembers it on this browser. */
export const changeLanguage = async (instance: I18n, language: Language): Promise<void> => {
  await instance.changeLanguage(language);
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, language);
  } catch {
    // storage may be unavailable (private mode); the choice then lasts for this visit only
  }
};
