import { useQuery } from '@apollo/client/react';
import { parsePredikat } from '@kinerja/domain';
import { Alert, Anchor, Badge, Card, Group, Loader, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Page } from '../../components/page/Page.js';
import type { EmployeeDetailQuery as EmployeeDetail } from '../../gql/graphql.js';
import { graphql } from '../../gql/index.js';
import { dateTimeFormat } from '../../i18n/dates.js';
import { type LabelledEnum, useEnumLabel } from '../../i18n/enum-label.js';
import { useSession } from '../../session/session-context.js';
import { Checklist } from './Checklist.js';
import { pangkatLabel } from './EmployeesPage.js';
import { Recommendations } from './Recommendations.js';
import { mayDecideOn } from './recommendation-actions.js';

export const EmployeeHistoryFields = graphql(`
  fragment EmployeeHistoryFields on Employee {
    pangkatHistory {
      pangkat
      from
      to
      decreeNumber
    }
    jabatanHistory {
      level
      title
      from
      to
      unit {
        id
        name
      }
    }
  }
`);

export const EmployeeYearsFields = graphql(`
  fragment EmployeeYearsFields on Employee {
    years(first: 20, orderBy: [YEAR_DESC]) {
      nodes {
        year
        annualPredikat
        jpDone
        jpPlanned
        jpMet
        talentBox
      }
    }
    skps(first: 20, orderBy: [YEAR_DESC]) {
      nodes {
        id
        year
        state
        annualPredikat
      }
    }
    trainingStatus(year: $year) {
      year
      jpTarget
      jpDone
      met
      checks {
        ...ChecklistItem @unmask
      }
    }
  }
`);

export const EmployeeTalentFields = graphql(`
  fragment EmployeeTalentFields on Employee {
    talentBox(year: $talentYear) {
      placed
      box
      kinerja
      potensi
      actions {
        code
        label
      }
      checks {
        ...ChecklistItem @unmask
      }
    }
  }
`);

export const EmployeeDecisionFields = graphql(`
  fragment EmployeeDecisionFields on Employee {
    rankPromotion(on: $on) {
      eligible
      nextPangkat
      checks {
        ...ChecklistItem @unmask
      }
    }
    pengawas: eligibility(level: PENGAWAS, on: $on) {
      eligible
      target
      checks {
        ...ChecklistItem @unmask
      }
    }
    administrator: eligibility(level: ADMINISTRATOR, on: $on) {
      eligible
      target
      checks {
        ...ChecklistItem @unmask
      }
    }
  }
`);

export const EmployeeRecordFields = graphql(`
  fragment EmployeeRecordFields on Employee {
    instansi {
      id
    }
    recommendations(first: 50, orderBy: [YEAR_DESC]) {
      nodes {
        ...RecommendationRow @unmask
      }
    }
    sanctions {
      level
      type
      startDate
      months
      decidedBy
    }
    auditTrail(last: 50) {
      at
      actor
      entity
      entityId
      field
      old
      new
      reason
    }
  }
`);

/** Rank promotion and eligibility ask for a pangkat: a separate request, only for employees who have one. */
export const EmployeeDecisionsQuery = graphql(`
  query EmployeeDecisions($nip: String!, $on: Date!) {
    employee(nip: $nip) {
      id
      ...EmployeeDecisionFields @unmask
    }
  }
`);

export const EmployeeDetailQuery = graphql(`
  query EmployeeDetail($nip: String!, $year: Int!, $talentYear: Int!) {
    employee(nip: $nip) {
      id
      nip
      name
      birthDate
      age
      employment
      education
      serviceStart
      currentPangkat
      currentJabatanTitle
      unit {
        id
        name
      }
      ...EmployeeHistoryFields @unmask
      ...EmployeeYearsFields @unmask
      ...EmployeeTalentFields @unmask
      ...EmployeeRecordFields @unmask
    }
  }
`);

type Employee = NonNullable<EmployeeDetail['employee']>;

const iso = (d: Date) => d.toISOString().slice(0, 10);
/** The dates the page asks about: this year, the year before (the 9-box) and the next 1st of a month (MERIT-2). */
export const pageDates = (today: Date) => ({
  year: today.getUTCFullYear(),
  talentYear: today.getUTCFullYear() - 1,
  on: iso(new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + 1, 1))),
});

const Section = ({ title, children }: { title: string; children: ReactNode }) => (
  <Card withBorder component="section" padding="md">
    <Stack gap="sm">
      <Title order={2} size="h4">
        {title}
      </Title>
      {children}
    </Stack>
  </Card>
);

const Rows = ({
  caption,
  headers,
  rows,
}: {
  caption: string;
  headers: readonly string[];
  rows: readonly (readonly ReactNode[])[];
}) => {
  const { t } = useTranslation();
  if (rows.length === 0) return <Text c="dimmed">{t('employees.page.empty')}</Text>;
  return (
    <Table.ScrollContainer minWidth={400}>
      <Table withTableBorder striped>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {headers.map((h) => (
              <Table.Th key={h} scope="col">
                {h}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r, i) => (
            // rows of a history have no id of their own; their order is the API's
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <Table.Tr key={i}>
              {r.map((cell, j) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: cells of a fixed header
                <Table.Td key={j}>{cell}</Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
};

const text = (v: unknown) => (v === null || v === undefined ? '—' : String(v));

/** Pangkat and jabatan history. */
const History = ({ employee }: { employee: Employee }) => {
  const { t } = useTranslation();
  const label = useEnumLabel();
  return (
    <>
      <Section title={t('employees.page.pangkatHistory')}>
        <Rows
          caption={t('employees.page.pangkatHistory')}
          headers={[
            t('employees.columns.pangkat'),
            t('employees.page.from'),
            t('employees.page.to'),
            t('employees.page.decree'),
          ]}
          rows={employee.pangkatHistory.map((p) => [
            pangkatLabel(p.pangkat),
            text(p.from),
            p.to ? text(p.to) : t('employees.page.current'),
            text(p.decreeNumber),
          ])}
        />
      </Section>
      <Section title={t('employees.page.jabatanHistory')}>
        <Rows
          caption={t('employees.page.jabatanHistory')}
          headers={[
            t('employees.page.title'),
            t('employees.page.level'),
            t('employees.page.unit'),
            t('employees.page.from'),
            t('employees.page.to'),
          ]}
          rows={employee.jabatanHistory.map((j) => [
            j.title,
            label('JabatanLevel', j.level),
            j.unit.name,
            text(j.from),
            j.to ? text(j.to) : t('employees.page.current'),
          ])}
        />
      </Section>
    </>
  );
};

/** SKPs, predikat and JP by year against the 20-hour entitlement (DEV-1). */
const Years = ({ employee }: { employee: Employee }) => {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const stateOf = (year: number) => {
    const skp = employee.skps.nodes.find((s) => s.year === year);
    return skp ? label('SkpState', skp.state) : '—';
  };
  const ts = employee.trainingStatus;
  return (
    <Section title={t('employees.page.years')}>
      <Rows
        caption={t('employees.page.years')}
        headers={[
          t('employees.page.year'),
          t('employees.page.skpState'),
          t('employees.page.predikat'),
          t('employees.page.jpDone'),
          t('employees.page.jpTarget'),
          t('employees.page.jpMet'),
        ]}
        rows={employee.years.nodes.map((y) => [
          y.year,
          stateOf(y.year),
          y.annualPredikat ? t(`predikat.${y.annualPredikat}`) : '—',
          y.jpDone,
          ts.jpTarget,
          y.jpMet ? t('common.yes') : t('common.no'),
        ])}
      />
      <Checklist caption={`DEV-1 ${ts.year}: ${ts.jpDone}/${ts.jpTarget} JP`} checks={ts.checks} />
    </Section>
  );
};

/** The 9-box with its reasons (MERIT-4). */
const Talent = ({ employee, year }: { employee: Employee; year: number }) => {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const tb = employee.talentBox;
  return (
    <Section title={t('employees.page.talentBox')}>
      <Text fw={600}>
        {tb.placed && tb.box !== null
          ? t('employees.page.box', { box: tb.box, year })
          : t('employees.page.notPlaced', { year })}
      </Text>
      {tb.actions.length > 0 && (
        <Group gap="xs">
          {tb.actions.map((a) => (
            <Badge key={a.code} variant="light" c="bright">
              {label.text('TalentAction', a.code)}
            </Badge>
          ))}
        </Group>
      )}
      <Checklist caption={t('employees.page.talentBox')} checks={tb.checks} />
    </Section>
  );
};

/** Rank promotion (MERIT-2) and managerial eligibility (MERIT-3), every check named; PNS with a pangkat only. */
const Decisions = ({ nip, on }: { nip: string; on: string }) => {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const { data, loading, error } = useQuery(EmployeeDecisionsQuery, { variables: { nip, on } });
  const employee = data?.employee;
  if (error) {
    return (
      <Alert color="red" role="alert">
        {t('common.error', { message: error.message })}
      </Alert>
    );
  }
  if (loading || !employee) return <Loader aria-label={t('common.loading')} size="sm" />;
  const verdict = (ok: boolean) => (
    <Badge color={ok ? 'teal' : 'orange'} variant="light" c="bright">
      {ok ? t('employees.page.eligible') : t('employees.page.notEligible')}
    </Badge>
  );
  const rp = employee.rankPromotion;
  return (
    <>
      {rp && (
        <Section title={t('employees.page.rankPromotion', { date: on })}>
          <Group gap="sm">
            {verdict(rp.eligible)}
            {rp.nextPangkat && <Text>{t('employees.page.next', { pangkat: pangkatLabel(rp.nextPangkat) })}</Text>}
          </Group>
          <Checklist caption={t('employees.page.rankPromotion', { date: on })} checks={rp.checks} />
        </Section>
      )}
      {[employee.pengawas, employee.administrator].map((e) => (
        <Section key={e.target} title={t('employees.page.eligibility', { level: label('ManagerialTarget', e.target) })}>
          {verdict(e.eligible)}
          <Checklist
            caption={t('employees.page.eligibility', { level: label('ManagerialTarget', e.target) })}
            checks={e.checks}
          />
        </Section>
      ))}
    </>
  );
};

/** Recommendations with their reasons, status history and the actions the viewer may take, and sanctions. */
const Records = ({ employee, onReload }: { employee: Employee; onReload: () => void }) => {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const { viewer } = useSession();
  return (
    <>
      <Section title={t('employees.page.recommendations')}>
        <Recommendations
          recommendations={employee.recommendations.nodes}
          mayDecide={mayDecideOn(viewer, employee.instansi.id)}
          onReload={onReload}
        />
      </Section>
      <Section title={t('employees.page.sanctions')}>
        <Rows
          caption={t('employees.page.sanctions')}
          headers={[
            t('employees.page.sanctionType'),
            t('employees.page.level'),
            t('employees.page.startDate'),
            t('employees.page.months'),
            t('employees.page.decidedBy'),
          ]}
          rows={employee.sanctions.map((s) => [
            label.text('SanctionTypeCode', s.type),
            label('DisciplineLevel', s.level),
            text(s.startDate),
            text(s.months),
            s.decidedBy,
          ])}
        />
      </Section>
    </>
  );
};

/** A value of the audit log (JSON text) as a person reads it: strings without quotes, nothing as a dash. */
export const auditValue = (json: string | null): string => {
  if (json === null) return '—';
  try {
    const value: unknown = JSON.parse(json);
    if (value === null) return '—';
    return typeof value === 'string' ? value : JSON.stringify(value);
  } catch {
    return json;
  }
};

/** Audited fields (`entity.field`) whose values are codes of an enum, so the trail shows their labels. */
const AUDITED_ENUMS: Readonly<Record<string, LabelledEnum>> = {
  'skp.state': 'SkpState',
  'skp.results_rating': 'Rating',
  'skp.behaviour_rating': 'Rating',
  'enrolment.status': 'EnrolmentStatus',
  'recommendation.status': 'RecommendationStatus',
};
/** Who changed this employee's records, when, from what to what and why: the newest 50 entries of the audit log. */
const AuditTrail = ({ employee }: { employee: Employee }) => {
  const { t, i18n } = useTranslation();
  const label = useEnumLabel();
  /** A value of the trail as a person reads it: a code of an enum, or a predikat, by its label. */
  const shown = (entity: string, field: string | null, json: string | null) => {
    const value = auditValue(json);
    const name = AUDITED_ENUMS[`${entity}.${field}`];
    if (name) return label.text(name, value);
    const predikat = /predikat/i.test(field ?? '') ? parsePredikat(value) : null;
    return predikat?.ok ? t(`predikat.${predikat.value}`) : value;
  };
  const when = dateTimeFormat(i18n.language);
  return (
    <Section title={t('employees.page.auditTrail')}>
      <Text size="sm" c="dimmed">
        {t('employees.page.auditTrailHint')}
      </Text>
      <Rows
        caption={t('employees.page.auditTrail')}
        headers={[
          t('employees.page.auditAt'),
          t('employees.page.auditActor'),
          t('employees.page.auditRecord'),
          t('employees.page.auditField'),
          t('employees.page.auditChange'),
          t('employees.page.auditReason'),
        ]}
        rows={employee.auditTrail.map((a) => [
          when.format(new Date(a.at)),
          a.actor,
          `${t(`employees.page.auditEntity.${a.entity}`, { defaultValue: a.entity })} #${a.entityId}`,
          a.field ?? t('employees.page.auditWholeRecord'),
          `${shown(a.entity, a.field, a.old)} → ${shown(a.entity, a.field, a.new)}`,
          a.reason ?? '—',
        ])}
      />
    </Section>
  );
};

/** The employee page: the profile and the nested history, every decision with its checks. */
export const EmployeePage = ({ today = new Date() }: { today?: Date }) => {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const { nip = '' } = useParams();
  const dates = pageDates(today);
  const { data, loading, error, refetch } = useQuery(EmployeeDetailQuery, {
    variables: { nip, year: dates.year, talentYear: dates.talentYear },
  });
  const employee = data?.employee;
  const back = (
    <Anchor component={Link} to="/pegawai">
      {t('employees.page.back')}
    </Anchor>
  );
  if (error) {
    return (
      <Page title={nip}>
        <Alert color="red" role="alert">
          {t('common.error', { message: error.message })}
        </Alert>
        {back}
      </Page>
    );
  }
  if (loading && !data) return <Loader aria-label={t('common.loading')} />;
  if (!employee) {
    return (
      <Page title={nip}>
        <Alert color="yellow">{t('employees.page.notFound', { nip })}</Alert>
        {back}
      </Page>
    );
  }
  const profile: [string, ReactNode][] = [
    [t('employees.columns.nip'), employee.nip],
    [t('employees.page.unit'), employee.unit.name],
    [t('employees.columns.pangkat'), pangkatLabel(employee.currentPangkat)],
    [t('employees.page.jabatan'), text(employee.currentJabatanTitle)],
    [t('employees.page.employment'), label('EmploymentType', employee.employment)],
    [t('employees.page.education'), label('Education', employee.education)],
    [t('employees.page.birthDate'), `${text(employee.birthDate)} (${employee.age})`],
    [t('employees.page.serviceStart'), text(employee.serviceStart)],
  ];
  return (
    <Page title={employee.name}>
      {back}
      <Section title={t('employees.page.profile')}>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} component="dl" spacing="xs">
          {profile.map(([label, value]) => (
            <div key={label}>
              <Text component="dt" size="sm" c="dimmed">
                {label}
              </Text>
              <Text component="dd" m={0}>
                {value}
              </Text>
            </div>
          ))}
        </SimpleGrid>
      </Section>
      <Years employee={employee} />
      <Talent employee={employee} year={dates.talentYear} />
      {employee.currentPangkat ? (
        <Decisions nip={employee.nip} on={dates.on} />
      ) : (
        <Alert color="gray">{t('employees.page.noPangkat')}</Alert>
      )}
      <History employee={employee} />
      <Records employee={employee} onReload={() => void refetch()} />
      <AuditTrail employee={employee} />
    </Page>
  );
};
