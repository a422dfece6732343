import type { ObjectRef } from '@pothos/core';
import { builder } from '../builder.js';
import type { Context } from '../context.js';
import type { AnyRef } from '../query/any-ref.js';
import { registerObjectType } from '../query/list-types.js';
import { loadByKey } from '../query/load.js';

/** The ref of a node type, registered so group keys can return its objects; implement it with {@link implementNode}. */
export const nodeRef = <Row extends { id: number }>(name: string, table: string) => {
  const ref = builder.objectRef<Row>(name);
  registerObjectType(name, ref, table);
  return ref;
};

/**
 * Implements an object type as a Relay `Node`: an opaque global ID, loadable by `node(id)` and `nodes(ids)` in one
 * statement per type.
 */
export const implementNode = <Row extends { id: number }>(
  ref: ObjectRef<AnyRef, Row>,
  table: string,
  description: string,
  fields: (t: AnyRef) => Record<string, AnyRef>,
) => {
  builder.node(ref, {
    description,
    id: { resolve: (row: Row) => row.id },
    loadMany: (ids: readonly string[], ctx: Context) =>
      Promise.all(ids.map((id) => (Number.isSafeInteger(Number(id)) ? loadByKey(ctx, table, 'id', Number(id)) : null))),
    fields,
  } as AnyRef);
};
