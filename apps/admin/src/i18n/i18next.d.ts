import 'i18next';
import type checks from '../locales/id/checks.json';
import type enums from '../locales/id/enums.json';
import type workflows from '../locales/id/workflows.json';
import type id from '../locales/id.json';

// Every t() key is checked against the Indonesian file, the source of truth for the app's wording.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof id; workflows: typeof workflows; checks: typeof checks; enums: typeof enums };
  }
}
