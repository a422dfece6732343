import 'i18next';
import type checks from '../locales/id/checks.json';
import type workflows from '../locales/id/workflows.json';
import type id from '../locales/id.json';
import type { resources } from './i18n.js';

// Every t() key is checked against the Indonesian file, the source of truth for the app's wording (the enum labels:
// the file with the names the domain gives, see i18n.ts).
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: {
      translation: typeof id;
      workflows: typeof workflows;
      checks: typeof checks;
      enums: (typeof resources)['id']['enums'];
    };
  }
}
