import type { InputFieldMap, InputShapeFromFields } from '@pothos/core';
import type { GraphQLResolveInfo } from 'graphql';
import { builder, type Types } from '../builder.js';
import type { Context } from '../context.js';
import { inTransaction, type TxContext } from './run.js';
import { type UserError, UserErrorType } from './user-error.js';

/** What a mutation's resolver returns: the changed objects, or none and the user errors. */
export type Payload<T> = { readonly [K in keyof T]: T[K] | null } & { readonly userErrors: readonly UserError[] };

/**
 * Defines `name(input: NameInput!): NamePayload!`: the input's fields, the payload's fields (the changed objects,
 * null when refused) and `userErrors`. `run` gets the request inside one transaction with the signed-in viewer
 * (see `inTransaction`); a `fail(...)` in it undoes everything and answers with user errors. Write `run` before
 * `payload` in the options: TypeScript then infers the payload's parent type from what `run` returns.
 */
export const defineMutation = <Fields extends InputFieldMap, Result extends Record<string, unknown>>(options: {
  readonly name: string;
  readonly description: string;
  readonly input: (t: PothosSchemaTypes.InputFieldBuilder<Types, 'InputObject'>) => Fields;
  readonly payload: (t: PothosSchemaTypes.ObjectFieldBuilder<Types, Payload<Result>>) => Record<string, unknown>;
  readonly run: (tx: TxContext, input: InputShapeFromFields<Fields>, info: GraphQLResolveInfo) => Promise<Result>;
  /** Runs without a signed-in viewer and outside a transaction (signIn only). */
  readonly anonymous?: (ctx: Context, input: InputShapeFromFields<Fields>) => Promise<Payload<Result>>;
}) => {
  const pascal = options.name[0]?.toUpperCase() + options.name.slice(1);
  const Input = builder.inputType(`${pascal}Input`, {
    description: `The input of ${options.name}.`,
    fields: options.input as never,
  });
  const PayloadRef = builder.objectRef<Payload<Result>>(`${pascal}Payload`).implement({
    description: `What ${options.name} changed, or the user errors that stopped it (then nothing was written).`,
    fields: (t) => ({
      ...(options.payload(t as never) as object),
      userErrors: t.field({
        type: [UserErrorType],
        description: 'What the user can fix; empty when the mutation succeeded.',
        resolve: (p) => [...p.userErrors],
      }),
    }),
  });
  builder.mutationField(options.name, (t) =>
    t.field({
      type: PayloadRef,
      description: options.description,
      args: { input: t.arg({ type: Input, required: true, description: `The input of ${options.name}.` }) },
      // Pothos cannot see through the generic payload type; the shape is checked by `Payload<Result>` above.
      resolve: (async (
        _root: unknown,
        args: { input: unknown },
        ctx: Context,
        info: GraphQLResolveInfo,
      ): Promise<Payload<Result>> => {
        const input = args.input as InputShapeFromFields<Fields>;
        if (options.anonymous) return options.anonymous(ctx, input);
        const result = await inTransaction(ctx, (tx) => options.run(tx, input, info));
        return result.ok
          ? { ...result.value, userErrors: [] }
          : ({ userErrors: result.errors } as unknown as Payload<Result>);
      }) as never,
    }),
  );
  return { Input, Payload: PayloadRef };
};
