import { describe, expect, it } from 'vitest';
import { changeLanguage, createI18n, resources, storedLanguage, toLanguage } from './i18n.js';

/** Every leaf key, plural forms (`_one`, `_other`) folded into their base key. */
const keys = (o: object, prefix = ''): string[] =>
  Object.entries(o).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null
      ? keys(v, `${prefix}${k}.`)
      : [`${prefix}${k.replace(/_(zero|one|two|few|many|other)$/, '')}`],
  );

describe('i18n', () => {
  it.each(Object.keys(resources.id))('has the same keys in Indonesian and English in the %s namespace', (ns) => {
    const of = (lang: 'id' | 'en') => resources[lang][ns as keyof (typeof resources)['id']];
    expect([...new Set(keys(of('en')))].sort()).toEqual([...new Set(keys(of('id')))].sort());
  });

  it('has no empty string in any namespace', () => {
    const values = (o: object): string[] =>
      Object.values(o).flatMap((v) => (typeof v === 'object' && v !== null ? values(v) : [String(v)]));
    const all = Object.values(resources).flatMap((namespaces) => Object.values(namespaces).flatMap(values));
    expect(all.filter((v) => v.trim() === '')).toEqual([]);
  });

  it('speaks Indonesian unless told otherwise, and sets <html lang>', () => {
    const i18n = createI18n();
    expect(i18n.t('nav.training')).toBe('Pelatihan');
    expect(document.documentElement.lang).toBe('id');
  });

  it('remembers a change of language on this browser', async () => {
    const i18n = createI18n('id');
    await changeLanguage(i18n, 'en');
    expect(i18n.t('nav.training')).toBe('Training');
    expect(document.documentElement.lang).toBe('en');
    expect(storedLanguage()).toBe('en');
  });

  it('falls back to Indonesian for an unknown stored language', () => {
    expect(toLanguage('fr')).toBe('id');
    expect(toLanguage(null)).toBe('id');
    localStorage.setItem('kinerja.language', 'xx');
    expect(storedLanguage()).toBe('id');
  });

  it('uses English plural forms and Indonesian’s single form', () => {
    expect(createI18n('en').t('dataTable.total', { count: 1 })).toBe('1 row');
    expect(createI18n('en').t('dataTable.total', { count: 2 })).toBe('2 rows');
    expect(createI18n('id').t('dataTable.total', { count: 1 })).toBe('1 baris');
  });
});
