import { hash, verify } from '@node-rs/argon2';

/**
 * Passwords are stored as argon2id hashes (OWASP's minimum: 19 MiB, 2 passes, 1 lane), with the parameters in the
 * PHC string so they can be raised later without breaking stored hashes.
 */
export const hashPassword = (password: string): Promise<string> =>
  hash(password, { memoryCost: 19_456, timeCost: 2, parallelism: 1 });

/** Whether the password matches the stored hash; false for a malformed or placeholder hash, never a throw. */
export const verifyPassword = async (stored: string, password: string): Promise<boolean> => {
  if (!stored.startsWith('$argon2')) return false;
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
};
