import type { RawBuilder } from 'kysely';

/**
 * How one table is exposed to analysts: which fields filter, order, aggregate and group, and which relations
 * can be followed in a filter. The filter, order, connection and aggregate machinery is generated from this
 * one description, so every list in the schema speaks the same query language.
 */

/** What a scope rule is keyed by: the table an alias reads (an {@link EntitySpec} is one). */
export type ScopeTarget = { readonly table: string };

/**
 * The caller's visibility: for a table, the SQL condition over an alias of it that keeps only the rows the caller may
 * read (`auth/scope.ts`). Every statement that reads a listable table puts it in its WHERE.
 */
export type ScopeOf = (target: ScopeTarget) => (alias: string) => RawBuilder<boolean>;

/** The scalar kinds a filterable field can have; `enum` fields name their GraphQL enum. */
export type FieldKind =
  | { readonly type: 'String' }
  | { readonly type: 'Int' }
  | { readonly type: 'Float' }
  | { readonly type: 'Date' }
  | { readonly type: 'Boolean' }
  | { readonly type: 'ID'; readonly of: string }
  | { readonly type: 'Enum'; readonly enumName: string; readonly values: readonly string[] };

/** One column as analysts see it. */
export type FieldSpec = {
  /** The SQL expression's column on the entity's table. */
  readonly column: string;
  readonly kind: FieldKind;
  readonly description: string;
  /** The column can be NULL. */
  readonly nullable?: boolean;
  /** Not shown as a field of the object type (e.g. a foreign key shown as its relation). */
  readonly hidden?: boolean;
  /** Can be a key of `orderBy`. */
  readonly orderable?: boolean;
  /** Numeric: offered to sum/avg/min/max. */
  readonly aggregate?: boolean;
  /** Offered as a `groupBy` key under this enum name (e.g. `GENDER`). */
  readonly groupBy?: string;
};

/** A relation followed by a filter: to-one (`unit: {...}`) or to-many (`enrolments: { some: {...} }`). */
export type RelationSpec = {
  readonly kind: 'one' | 'many';
  readonly target: () => EntitySpec;
  /** Column on this entity's table (to-one: the FK; to-many: usually `id`). */
  readonly localColumn: string;
  /** Column on the target's table (to-one: usually `id`; to-many: the FK). */
  readonly targetColumn: string;
  readonly description: string;
};

/** A group key that is not a plain column: an SQL expression over the entity's alias. */
export type GroupKeySpec = {
  readonly name: string;
  readonly description: string;
  /** SQL for the key given the table alias, as text; values come back as strings. */
  readonly sql: (alias: string) => string;
  /** The key is the database key of this type: groups then offer the object itself. */
  readonly of?: string;
};

/** A filter field that is not a column: e.g. `withinUnit` (the unit or any unit below it). */
export type CustomFilterSpec = {
  readonly type: 'ID' | 'Int' | 'String' | 'Date' | 'Boolean';
  /** For an ID filter: the type whose global IDs it takes. */
  readonly of?: string;
  readonly description: string;
  readonly sql: (alias: string, value: unknown, today: string) => RawBuilder<boolean>;
};

/** The description of one list-able entity. */
export type EntitySpec = {
  /** The GraphQL type name, e.g. `Employee`. */
  readonly name: string;
  readonly table: string;
  /** Primary key column (an integer): global IDs, nested lists' parents. */
  readonly key: string;
  /** The columns that end every order so it is stable (default: the key alone). */
  readonly stableKeys?: readonly string[];
  readonly fields: Readonly<Record<string, FieldSpec>>;
  readonly relations: Readonly<Record<string, RelationSpec>>;
  /** Filter fields beyond columns and relations. */
  readonly customFilters?: Readonly<Record<string, CustomFilterSpec>>;
  /** Group keys beyond the fields' own `groupBy`. */
  readonly groupKeys?: readonly GroupKeySpec[];
  /** Default order when `orderBy` is not given (field names), before the key. */
  readonly defaultOrder: readonly { field: string; desc?: boolean }[];
};

/** The kind of a field holding one of a domain enum's values, e.g. `enumKind('Predikat', PREDIKATS)`. */
export const enumKind = <T extends string>(enumName: string, values: readonly T[]): FieldKind => ({
  type: 'Enum',
  enumName,
  values,
});

/** A to-one relation filter: this entity's `localColumn` points at the target's key. */
export const toOne = (target: () => EntitySpec, localColumn: string, description: string): RelationSpec => ({
  kind: 'one',
  target,
  localColumn,
  targetColumn: 'id',
  description,
});

/** A to-many relation filter: the target's `targetColumn` points at this entity's key. */
export const toMany = (target: () => EntitySpec, targetColumn: string, description: string): RelationSpec => ({
  kind: 'many',
  target,
  localColumn: 'id',
  targetColumn,
  description,
});
