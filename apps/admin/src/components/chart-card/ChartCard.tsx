import { Box, Button, Card, Group, Stack, Table, Text, Title, type TitleOrder } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { type CsvColumn, type CsvValue, downloadCsv, toCsv } from '../csv/csv.js';
import { ScrollRegion } from '../scroll-region/ScrollRegion.js';

/** One plotted series: the field of each datum it reads, and its label in the legend and the table. */
export type ChartSeries<Datum> = {
  readonly key: keyof Datum & string;
  readonly label: string;
  readonly color?: string;
};

/** Props of {@link ChartCard}. */
export type ChartCardProps<Datum extends Record<string, CsvValue>> = {
  readonly title: string;
  readonly description?: string;
  /** Heading level of the title within the page. */
  readonly titleOrder?: TitleOrder;
  readonly kind: 'bar' | 'stacked-bar' | 'line';
  /** Exactly the data plotted: one datum per category. */
  readonly data: readonly Datum[];
  /** The field that names each datum's category (x axis, first table column). */
  readonly category: { readonly key: keyof Datum & string; readonly label: string };
  readonly series: readonly ChartSeries<Datum>[];
  /** Stem of the CSV file's name. */
  readonly fileName: string;
  readonly height?: number;
  readonly emptyMessage?: string;
};

const PALETTE = ['blue', 'teal', 'orange', 'grape', 'red', 'cyan', 'lime', 'pink'].map(
  (c) => `var(--mantine-color-${c}-filled)`,
);

// Axis text, grid and tooltip follow the color scheme (recharts' own grays are unreadable on dark).
const TICK = { fill: 'var(--mantine-color-text)', fontSize: 12 };
const GRID = 'var(--mantine-color-default-border)';
const TOOLTIP = { background: 'var(--mantine-color-body)', borderColor: GRID, color: 'var(--mantine-color-text)' };

/**
 * A chart with the table behind it: "view as table" swaps the chart for a table of exactly the plotted data (the
 * category and each series), and the CSV download holds the same rows and columns. The chart itself is an image
 * for screen readers, named by the title; its table is the accessible view.
 */
export const ChartCard = <Datum extends Record<string, CsvValue>>({
  title,
  description,
  titleOrder = 2,
  kind,
  data,
  category,
  series,
  fileName,
  height = 280,
  emptyMessage,
}: ChartCardProps<Datum>) => {
  const { t } = useTranslation();
  const [asTable, setAsTable] = useState(false);
  const titleId = useId();
  const empty = data.length === 0;
  const columns: CsvColumn<Datum>[] = [
    { header: category.label, value: (d) => d[category.key] },
    ...series.map((s) => ({ header: s.label, value: (d: Datum) => d[s.key] })),
  ];
  // recharts reads fields by name; the plotted rows are the same objects, typed loosely for it
  const plotted: Record<string, CsvValue>[] = [...data];
  const color = (i: number) => series[i]?.color ?? PALETTE[i % PALETTE.length] ?? 'currentColor';

  return (
    <Card withBorder padding="md" component="section" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="sm">
          <Box>
            <Title order={titleOrder} size="h4" id={titleId}>
              {title}
            </Title>
            {description && (
              <Text size="sm" c="dimmed">
                {description}
              </Text>
            )}
          </Box>
          <Group gap="xs">
            <Button
              size="xs"
              variant={asTable ? 'filled' : 'default'}
              aria-pressed={asTable}
              disabled={empty}
              onClick={() => setAsTable((v) => !v)}
            >
              {t('chart.viewAsTable')}
            </Button>
            <Button
              size="xs"
              variant="default"
              disabled={empty}
              onClick={() => downloadCsv(fileName, toCsv(columns, data))}
            >
              {t('chart.downloadCsv')}
            </Button>
          </Group>
        </Group>

        {empty ? (
          <Text size="sm" c="dimmed" py="lg" ta="center">
            {emptyMessage ?? t('chart.empty')}
          </Text>
        ) : asTable ? (
          <ScrollRegion label={title}>
            <Table withTableBorder striped>
              <Table.Caption>{title}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  {columns.map((c) => (
                    <Table.Th key={c.header} scope="col">
                      {c.header}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.map((d) => (
                  <Table.Tr key={String(d[category.key])}>
                    {columns.map((c, i) =>
                      i === 0 ? (
                        <Table.Th key={c.header} scope="row" fw={400}>
                          {String(c.value(d) ?? '')}
                        </Table.Th>
                      ) : (
                        <Table.Td key={c.header}>{String(c.value(d) ?? '')}</Table.Td>
                      ),
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollRegion>
        ) : (
          <Box role="img" aria-label={t('chart.imageLabel', { title })} h={height}>
            <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 600, height }}>
              {kind === 'line' ? (
                <LineChart data={plotted} accessibilityLayer={false}>
                  <CartesianGrid strokeDasharray="3 3" stroke={GRID} />
                  <XAxis dataKey={category.key as string} tick={TICK} stroke={GRID} />
                  <YAxis allowDecimals={false} tick={TICK} stroke={GRID} />
                  <Tooltip contentStyle={TOOLTIP} />
                  <Legend />
                  {series.map((s, i) => (
                    <Line
                      key={s.key}
                      dataKey={s.key as string}
                      name={s.label}
                      stroke={color(i)}
                      isAnimationActive={false}
                    />
                  ))}
                </LineChart>
              ) : (
                <BarChart data={plotted} accessibilityLayer={false}>
                  <CartesianGrid strokeDasharray="3 3" stroke={GRID} />
                  <XAxis dataKey={category.key as string} tick={TICK} stroke={GRID} />
                  <YAxis allowDecimals={false} tick={TICK} stroke={GRID} />
                  <Tooltip contentStyle={TOOLTIP} />
                  <Legend />
                  {series.map((s, i) => (
                    <Bar
                      key={s.key}
                      dataKey={s.key as string}
                      name={s.label}
                      fill={color(i)}
                      isAnimationActive={false}
                      {...(kind === 'stacked-bar' ? { stackId: 'stack' } : {})}
                    />
                  ))}
                </BarChart>
              )}
            </ResponsiveContainer>
          </Box>
        )}
      </Stack>
    </Card>
  );
};
