import { decodeGlobalID } from '@pothos/plugin-relay';
import { builder } from '../builder.js';
import type { Context } from '../context.js';
import {
  AGGREGATE_FUNCTIONS,
  type Aggregates,
  type Group,
  groupKeyNames,
  groupKeyObjectType,
  type HavingFilter,
  numericFields,
} from './aggregate.js';
import type { AnyRef } from './any-ref.js';
import { constantCase, type Page } from './connection.js';
import { inputError } from './errors.js';
import type { EntityFilter } from './filter-sql.js';
import { loadByKey } from './load.js';
import type { EntitySpec, FieldKind } from './spec.js';

/**
 * GraphQL types generated from an {@link EntitySpec}: the filter input, the order enum, the group-by enum, the
 * aggregate types and the connection. Every list of the schema is made here, so they all speak one language.
 */

const memo = <T>(cache: Map<string, T>, key: string, make: () => T): T => {
  let v = cache.get(key);
  if (v === undefined) {
    v = make();
    cache.set(key, v);
  }
  return v;
};

const enumRefs = new Map<string, AnyRef>();
/** The GraphQL enum for a domain enum, made once per name. */
export const enumType = (name: string, values: readonly string[], description: string): AnyRef =>
  memo(enumRefs, name, () => builder.enumType(name, { values: [...values] as [string, ...string[]], description }));

export const SortDirection = builder.enumType('SortDirection', {
  description: 'Sort direction (urutan): ascending or descending; empty values count as the greatest.',
  values: ['ASC', 'DESC'] as const,
});

const scalarFilterRefs = new Map<string, AnyRef>();
/** The filter input for one scalar kind, e.g. `StringFilter` or `PredikatFilter`. */
const scalarFilter = (kind: FieldKind): AnyRef => {
  const name = kind.type === 'Enum' ? `${kind.enumName}Filter` : `${kind.type}Filter`;
  return memo(scalarFilterRefs, name, () => {
    const scalar: AnyRef =
      kind.type === 'Enum' ? enumType(kind.enumName, kind.values, `${kind.enumName} values.`) : kind.type;
    const ordered = kind.type === 'Int' || kind.type === 'Float' || kind.type === 'Date' || kind.type === 'String';
    return builder.inputType(name, {
      description: `Conditions on a ${kind.type === 'Enum' ? kind.enumName : kind.type} field; all given conditions must hold.`,
      fields: (t) => {
        const f: Record<string, AnyRef> = {
          eq: t.field({ type: scalar, required: false, description: 'Equal to.' }),
          ne: t.field({
            type: scalar,
            required: false,
            description: 'Not equal to (empty values count as different).',
          }),
          in: t.field({ type: [scalar], required: false, description: 'One of these values.' }),
          notIn: t.field({ type: [scalar], required: false, description: 'None of these values.' }),
          isNull: t.boolean({ required: false, description: 'true: the field is empty; false: it has a value.' }),
        };
        if (ordered) {
          f.lt = t.field({ type: scalar, required: false, description: 'Less than.' });
          f.lte = t.field({ type: scalar, required: false, description: 'Less than or equal to.' });
          f.gt = t.field({ type: scalar, required: false, description: 'Greater than.' });
          f.gte = t.field({ type: scalar, required: false, description: 'Greater than or equal to.' });
        }
        if (kind.type === 'String') {
          f.contains = t.string({ required: false, description: 'Contains this text, ignoring case.' });
          f.startsWith = t.string({ required: false, description: 'Starts with this text, ignoring case.' });
        }
        return f;
      },
    });
  });
};

const HavingIntFilter = builder.inputType('HavingIntFilter', {
  description: 'A condition on a count.',
  fields: (t) => ({
    eq: t.int({ required: false, description: 'Equal to.' }),
    ne: t.int({ required: false, description: 'Not equal to.' }),
    lt: t.int({ required: false, description: 'Less than.' }),
    lte: t.int({ required: false, description: 'Less than or equal to.' }),
    gt: t.int({ required: false, description: 'Greater than.' }),
    gte: t.int({ required: false, description: 'Greater than or equal to.' }),
  }),
});
const HavingFloatFilter = builder.inputType('HavingFloatFilter', {
  description: 'A condition on an aggregated number.',
  fields: (t) => ({
    eq: t.float({ required: false, description: 'Equal to.' }),
    ne: t.float({ required: false, description: 'Not equal to.' }),
    lt: t.float({ required: false, description: 'Less than.' }),
    lte: t.float({ required: false, description: 'Less than or equal to.' }),
    gt: t.float({ required: false, description: 'Greater than.' }),
    gte: t.float({ required: false, description: 'Greater than or equal to.' }),
  }),
});

/** What is generated for one entity. */
export type ListTypes = {
  readonly spec: EntitySpec;
  readonly filter: AnyRef;
  readonly order: AnyRef;
  readonly groupBy: AnyRef | null;
  readonly connection: AnyRef;
  readonly many: AnyRef;
};

/** A connection's value: the page, and lazily the count and aggregates of everything the filter matches. */
export type Connection = {
  readonly page: Page<Record<string, unknown>>;
  readonly totalCount: () => Promise<number>;
  readonly aggregates: () => Promise<Aggregates>;
  readonly grouped: (groupBy: readonly string[], having: HavingFilter | null | undefined) => Promise<Group[]>;
};

const lists = new Map<string, ListTypes>();

/** Object types that group keys can name, with the table their key belongs to. */
const objectTypes = new Map<string, { ref: AnyRef; table: string }>();
/** Registers an object type so groups keyed by its database key can return the object itself. */
export const registerObjectType = (name: string, ref: AnyRef, table: string) => objectTypes.set(name, { ref, table });

/** The generated types of an entity (made on first use, so specs can refer to each other). */
export const listTypes = (spec: EntitySpec, node: AnyRef): ListTypes =>
  memo(lists, spec.name, () => {
    const filter: AnyRef = builder.inputRef<EntityFilter>(`${spec.name}Filter`);
    const many: AnyRef = builder.inputRef(`${spec.name}ListFilter`);
    const order = builder.enumType(`${spec.name}OrderBy`, {
      description: `Keys to order ${spec.name} lists by; the primary key is always the last key, so the order is stable.`,
      values: Object.fromEntries(
        Object.entries(spec.fields)
          .filter(([, f]) => f.orderable)
          .flatMap(([name, f]) => [
            [`${constantCase(name)}_ASC`, { description: `${f.description} Ascending.` }],
            [`${constantCase(name)}_DESC`, { description: `${f.description} Descending.` }],
          ]),
      ),
    });
    const keys = groupKeyNames(spec);
    const groupBy = keys.length
      ? builder.enumType(`${spec.name}GroupBy`, {
          description: `Keys to group ${spec.name} aggregates by.`,
          values: Object.fromEntries(
            keys.map((k) => [
              k,
              {
                description:
                  Object.values(spec.fields).find((f) => f.groupBy === k)?.description ??
                  spec.groupKeys?.find((g) => g.name === k)?.description ??
                  k,
              },
            ]),
          ),
        })
      : null;
    const numbers = numericFields(spec);
    const numbersType = numbers.length
      ? builder.objectRef<Record<string, number | null>>(`${spec.name}Numbers`).implement({
          description: `One aggregate of each numeric field of ${spec.name}.`,
          fields: (t) =>
            Object.fromEntries(
              numbers.map(([name, f]) => [
                name,
                t.float({ nullable: true, description: f.description, resolve: (n) => n[name] ?? null }),
              ]),
            ),
        })
      : null;
    const aggregatesType = builder.objectRef<Aggregates>(`${spec.name}Aggregates`).implement({
      description: `Aggregates over every ${spec.name} the filter matches (not only the page).`,
      fields: (t) => {
        const f: Record<string, AnyRef> = { count: t.exposeInt('count', { description: 'How many rows.' }) };
        if (numbersType)
          for (const fn of AGGREGATE_FUNCTIONS)
            f[fn] = t.field({
              type: numbersType,
              description: `The ${fn} of each numeric field.`,
              resolve: (a) => a[fn],
            });
        return f;
      },
    });
    const groupType = builder.objectRef<Group>(`${spec.name}Group`).implement({
      description: `Aggregates of one group of ${spec.name}.`,
      interfaces: [],
      fields: (t) => {
        const f: Record<string, AnyRef> = {
          keys: t.stringList({
            nullable: { list: false, items: true },
            description: 'The values of the group keys, in the order of groupBy (as text; empty is null).',
            resolve: (g) => g.keys,
          }),
          count: t.exposeInt('count', { description: 'How many rows.' }),
        };
        if (numbersType)
          for (const fn of AGGREGATE_FUNCTIONS)
            f[fn] = t.field({
              type: numbersType,
              description: `The ${fn} of each numeric field.`,
              resolve: (g) => g[fn],
            });
        const ofTypes = new Set(keys.map((k) => groupKeyObjectType(spec, k)).filter((o): o is string => o !== null));
        for (const of of ofTypes) {
          const target = objectTypes.get(of);
          if (!target) throw new Error(`${spec.name}: group keys name ${of}, which is not registered`);
          const field = of.charAt(0).toLowerCase() + of.slice(1);
          f[field] = t.field({
            type: target.ref,
            nullable: true,
            description: `The ${of} of the first group key that is one (null when no key is).`,
            resolve: (g: Group, _: unknown, ctx: Context) => {
              const i = g.groupBy.findIndex((k) => groupKeyObjectType(spec, k) === of);
              const key = i >= 0 ? g.keys[i] : null;
              return key ? (loadByKey(ctx, target.table, 'id', Number(decodeGlobalID(key).id)) as AnyRef) : null;
            },
          });
        }
        return f;
      },
    });
    const having = builder.inputType(`${spec.name}Having`, {
      description: `Conditions on a group's aggregates.`,
      fields: (t) => {
        const f: Record<string, AnyRef> = {
          count: t.field({ type: HavingIntFilter, required: false, description: 'A condition on the number of rows.' }),
        };
        if (numbers.length) {
          const per = builder.inputType(`${spec.name}HavingNumbers`, {
            description: `Conditions on one aggregate of the numeric fields of ${spec.name}.`,
            fields: (u) =>
              Object.fromEntries(
                numbers.map(([name, nf]) => [
                  name,
                  u.field({ type: HavingFloatFilter, required: false, description: nf.description }),
                ]),
              ),
          });
          for (const fn of AGGREGATE_FUNCTIONS)
            f[fn] = t.field({ type: per, required: false, description: `Conditions on the ${fn} of numeric fields.` });
        }
        return f;
      },
    });

    const edge = builder.objectRef<{ cursor: string; node: Record<string, unknown> }>(`${spec.name}Edge`).implement({
      description: `One ${spec.name} in a page, with its cursor.`,
      fields: (t) => ({
        cursor: t.exposeString('cursor', { description: 'Pass as `after` or `before` to page from here.' }),
        node: t.field({ type: node, description: `The ${spec.name}.`, resolve: (e) => e.node as AnyRef }),
      }),
    });
    const connection: AnyRef = builder.objectRef<Connection>(`${spec.name}Connection`).implement({
      description: `A page of ${spec.name}, with the count and aggregates of everything the filter matches.`,
      fields: (t) => {
        const f: Record<string, AnyRef> = {
          edges: t.field({
            type: [edge],
            description: 'The page, with cursors.',
            resolve: (c) => c.page.rows.map((node) => ({ node, cursor: c.page.cursor(node) })),
          }),
          nodes: t.field({
            type: [node],
            description: 'The page, without cursors.',
            resolve: (c) => c.page.rows as AnyRef,
          }),
          pageInfo: t.field({ type: PageInfo, description: 'Where this page stands.', resolve: (c) => c.page }),
          totalCount: t.int({
            description: 'How many rows the filter matches in all.',
            resolve: (c) => c.totalCount(),
          }),
          aggregates: t.field({
            type: aggregatesType,
            description: 'Count, sum, avg, min and max over every row the filter matches.',
            resolve: (c) => c.aggregates(),
          }),
        };
        if (groupBy)
          f.groupedAggregates = t.field({
            type: [groupType],
            description: 'Aggregates per group of the given keys (at most 5,000 groups), ordered by the keys.',
            args: {
              groupBy: t.arg({ type: [groupBy], required: true }),
              having: t.arg({ type: having, required: false }),
            },
            resolve: (c, args) => {
              if (!args.groupBy.length) throw inputError('groupBy needs at least one key', 'BAD_USER_INPUT', 'groupBy');
              return c.grouped(args.groupBy as string[], args.having as HavingFilter | null);
            },
          });
        return f;
      },
    });

    filter.implement({
      description: `Conditions on ${spec.name}; all given conditions must hold. Combine with and, or, not.`,
      fields: (t: AnyRef) => {
        const f: Record<string, AnyRef> = {};
        for (const [name, field] of Object.entries(spec.fields))
          f[name] = t.field({ type: scalarFilter(field.kind), required: false, description: field.description });
        for (const [name, rel] of Object.entries(spec.relations)) {
          const target = rel.target();
          const targetTypes = lists.get(target.name);
          if (!targetTypes) throw new Error(`${spec.name}.${name}: list types of ${target.name} are not made yet`);
          f[name] = t.field({
            type: rel.kind === 'one' ? targetTypes.filter : targetTypes.many,
            required: false,
            description: rel.description,
          });
        }
        for (const [name, custom] of Object.entries(spec.customFilters ?? {}))
          f[name] = t.field({ type: custom.type, required: false, description: custom.description });
        f.and = t.field({ type: [filter], required: false, description: 'All of these.' });
        f.or = t.field({ type: [filter], required: false, description: 'At least one of these.' });
        f.not = t.field({ type: filter, required: false, description: 'Not this.' });
        return f;
      },
    });
    many.implement({
      description: `Conditions on a list of ${spec.name}.`,
      fields: (t: AnyRef) => ({
        some: t.field({ type: filter, required: false, description: 'At least one matches.' }),
        every: t.field({ type: filter, required: false, description: 'All match (true for an empty list).' }),
        none: t.field({ type: filter, required: false, description: 'None matches.' }),
      }),
    });
    const types = { spec, filter, order, groupBy, connection, many };
    return types;
  });

export const PageInfo = builder.objectRef<Page<Record<string, unknown>>>('PageInfo').implement({
  description: 'Where a page stands in its list.',
  fields: (t) => ({
    hasNextPage: t.exposeBoolean('hasNextPage', { description: 'More rows follow (ask with `after: endCursor`).' }),
    hasPreviousPage: t.exposeBoolean('hasPreviousPage', {
      description: 'Rows come before (ask with `before: startCursor`).',
    }),
    startCursor: t.string({
      nullable: true,
      description: 'The cursor of the first row.',
      resolve: (p) => (p.rows[0] === undefined ? null : p.cursor(p.rows[0])),
    }),
    endCursor: t.string({
      nullable: true,
      description: 'The cursor of the last row.',
      resolve: (p) => {
        const last = p.rows.at(-1);
        return last === undefined ? null : p.cursor(last);
      },
    }),
  }),
});

/** The arguments of every list field: filter, orderBy and the page. */
export const listArgs = (t: AnyRef, types: ListTypes) => ({
  filter: t.arg({ type: types.filter, required: false }),
  orderBy: t.arg({ type: [types.order], required: false, description: 'Order keys, first key first.' }),
  first: t.arg.int({ required: false, description: 'Take the first N (1 to 100) after `after`.' }),
  after: t.arg.string({ required: false }),
  last: t.arg.int({ required: false, description: 'Take the last N (1 to 100) before `before`.' }),
  before: t.arg.string({ required: false }),
});
