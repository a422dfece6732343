import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

/**
 * A file of the built admin app for a path: the file itself when it exists under `dir`, else `index.html` so the
 * app's own router handles the route. Paths never leave `dir`. Hashed assets are cached for good.
 */
export const adminFile = async (
  dir: string,
  pathname: string,
): Promise<{ body: Buffer; type: string; immutable: boolean } | null> => {
  const relative = normalize(decodeURIComponent(pathname)).replace(/^([/\\]|\.\.)+/, '');
  const candidate = join(dir, relative);
  if (!candidate.startsWith(dir)) return null;
  const isFile = await stat(candidate).then(
    (s) => s.isFile(),
    () => false,
  );
  const path = isFile ? candidate : extname(relative) ? null : join(dir, 'index.html');
  if (!path) return null;
  const body = await readFile(path).catch(() => null);
  if (!body) return null;
  return { body, type: TYPES[extname(path)] ?? 'application/octet-stream', immutable: relative.startsWith('assets/') };
};
