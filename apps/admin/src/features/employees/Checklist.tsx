import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ChecklistItemFragment } from '../../gql/graphql.js';
import { graphql } from '../../gql/index.js';
import { checkDetail, checkLabel } from '../../i18n/check-text.js';

/** One check of a decision as the checklist shows it; the checklist owns this fragment. */
export const ChecklistItem = graphql(`
  fragment ChecklistItem on Check {
    rule
    check
    ok
    detail
    params {
      name
      value
    }
  }
`);

/**
 * A decision's checks as a table: the rule id, what was checked, met or not (in words, not only by color) and the
 * detail that names what is missing, both in the reader's language (check-text.ts).
 */
export const Checklist = ({ caption, checks }: { caption: string; checks: readonly ChecklistItemFragment[] }) => {
  const { t } = useTranslation();
  if (checks.length === 0) return <Text c="dimmed">{t('employees.page.empty')}</Text>;
  return (
    <Table withTableBorder striped>
      <Table.Caption>{caption}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('employees.page.rule')}</Table.Th>
          <Table.Th scope="col">{t('employees.page.check')}</Table.Th>
          <Table.Th scope="col">{t('employees.page.result')}</Table.Th>
          <Table.Th scope="col">{t('employees.page.detail')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {checks.map((c) => (
          <Table.Tr key={`${c.rule}:${c.check}`}>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{c.rule}</Table.Td>
            <Table.Th scope="row" fw={400}>
              {checkLabel(t, c)}
            </Table.Th>
            <Table.Td>
              <Badge color={c.ok ? 'teal' : 'red'} variant="light" c="bright" miw={72}>
                {c.ok ? t('common.yes') : t('common.no')}
              </Badge>
            </Table.Td>
            <Table.Td>{checkDetail(t, c)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
};
