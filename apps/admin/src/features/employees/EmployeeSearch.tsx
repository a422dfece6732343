import { useQuery } from '@apollo/client/react';
import { Autocomplete } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { graphql } from '../../gql/index.js';
import { employeeFilter } from './employee-list-variables.js';

/** The few employees whose name contains, or whose NIP starts with, what was typed. */
export const EmployeeSuggestionsQuery = graphql(`
  query EmployeeSuggestions($filter: EmployeeFilter) {
    employees(filter: $filter, orderBy: [NAME_ASC, NIP_ASC], first: 8) {
      nodes {
        id
        nip
        name
      }
    }
  }
`);

/** Suggestions start from this many characters. */
const MIN_CHARS = 2;

/**
 * Search employees by NIP or name from anywhere: suggestions from the API as one types (choosing one opens that
 * employee), Enter opens the employee list filtered by the text (the list's `q`, the same server filter).
 */
export const EmployeeSearch = () => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query.trim(), 250);
  const { data } = useQuery(EmployeeSuggestionsQuery, {
    variables: { filter: employeeFilter({ q: debounced }) },
    skip: debounced.length < MIN_CHARS,
  });
  const options =
    debounced.length < MIN_CHARS
      ? []
      : (data?.employees.nodes ?? []).map((e) => ({ value: e.nip, label: `${e.name} · ${e.nip}` }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const q = query.trim();
    navigate(q ? `/pegawai?q=${encodeURIComponent(q)}` : '/pegawai');
  };
  return (
    // biome-ignore lint/a11y/useSemanticElements: role="search" on the form reaches more browsers and DOMs than <search>
    <form role="search" aria-label={t('shell.search.label')} onSubmit={submit}>
      <Autocomplete
        size="xs"
        aria-label={t('shell.search.label')}
        placeholder={t('shell.search.placeholder')}
        value={query}
        onChange={setQuery}
        data={options}
        // the server already filtered: show what it returned
        filter={({ options: all }) => all}
        onOptionSubmit={(nip) => {
          setQuery('');
          navigate(`/pegawai/${nip}`);
        }}
        w={{ base: 160, sm: 280 }}
      />
    </form>
  );
};
