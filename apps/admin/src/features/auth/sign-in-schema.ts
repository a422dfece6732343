import { type IsoDate, parseNip } from '@kinerja/domain';
import { z } from 'zod';

/** What the sign-in form sends: a NIP or a username, and the password. */
export type SignInValues = { identifier: string; password: string };

/** The form's error messages, by translation key; `detail` is the domain's reason when there is one. */
export type SignInErrorKey =
  | 'signIn.errors.identifierRequired'
  | 'signIn.errors.passwordRequired'
  | 'signIn.errors.nip';
/** Turns an error key (and the domain's reason) into the sentence shown. */
export type SignInMessages = (key: SignInErrorKey, detail?: string) => string;

const looksLikeNip = (s: string) => /^[\d\s]+$/.test(s);

/**
 * The sign-in form's schema. An identifier made only of digits is a NIP and must be a valid one (ID-1, the
 * domain's `parseNip`, judged on `today`, its reason named); anything else is a username the server checks. The
 * password is only required here: its rules are the server's.
 */
export const signInSchema = (today: IsoDate, messages: SignInMessages) =>
  z
    .object({
      identifier: z
        .string()
        .trim()
        .min(1, { message: messages('signIn.errors.identifierRequired') }),
      password: z.string().min(1, { message: messages('signIn.errors.passwordRequired') }),
    })
    .superRefine((values, ctx) => {
      if (!looksLikeNip(values.identifier)) return;
      const nip = parseNip(values.identifier, { today });
      if (!nip.ok)
        ctx.addIssue({
          code: 'custom',
          path: ['identifier'],
          message: messages('signIn.errors.nip', nip.error.message),
        });
    });
