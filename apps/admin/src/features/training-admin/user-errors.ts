import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import type { UserErrorFieldsFragment } from '../../gql/graphql.js';
import { graphql } from '../../gql/index.js';

/** What every mutation's document asks of its `userErrors`: the code, the input field, the words and the rule. */
export const UserErrorFields = graphql(`
  fragment UserErrorFields on UserError {
    code
    field
    message
    rule
  }
`);

/** A problem the user can fix, as every mutation payload names it. */
export type UserErrorLike = Omit<UserErrorFieldsFragment, '__typename' | ' $fragmentName'>;

/**
 * The form path a user error points at: the API names the input field from the argument down
 * (`["input", "schedule", "startDate"]`), a form names it from its own root (`schedule.startDate`). Null for an
 * error of the whole input.
 */
export const formPathOf = (field: readonly string[] | null): string | null => {
  if (!field || field.length === 0) return null;
  const path = field[0] === 'input' ? field.slice(1) : field;
  return path.length === 0 ? null : path.join('.');
};

/** The message as shown: the API's words, with the rule behind the refusal when it names one ("… (DEV-3)"). */
export const userErrorText = (e: Pick<UserErrorLike, 'message' | 'rule'>): string =>
  e.rule ? `${e.message} (${e.rule})` : e.message;

/**
 * Puts each user error on the form field it names (react-hook-form's `setError`, so the field shows it and is
 * marked invalid); the errors naming no field of the form come back, to be shown above the form.
 */
export const applyUserErrors = <T extends FieldValues>(
  errors: readonly UserErrorLike[],
  setError: UseFormSetError<T>,
  fields: readonly Path<T>[],
): string[] => {
  const formLevel: string[] = [];
  let focused = false;
  for (const e of errors) {
    const path = formPathOf(e.field);
    const known = fields.find((f) => f === path);
    if (known === undefined) {
      formLevel.push(userErrorText(e));
      continue;
    }
    setError(known, { type: e.code, message: userErrorText(e) }, { shouldFocus: !focused });
    focused = true;
  }
  return formLevel;
};
