/** The settings of the package's command-line tools, read once: DATABASE_URL (a server) or PGLITE_DIR. */
export const readDbEnv = (source: Record<string, string | undefined> = process.env) => {
  const url = source.DATABASE_URL?.trim() || undefined;
  if (url !== undefined && !/^postgres(ql)?:\/\//.test(url))
    throw new Error(`DATABASE_URL must be a postgres:// URL; got "${url.slice(0, 20)}..."`);
  return { url, dataDir: source.PGLITE_DIR?.trim() || undefined };
};
