import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adminFile } from '../src/admin-files.js';

describe('serving the built admin app', () => {
  const dir = mkdtempSync(join(tmpdir(), 'admin-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Kinerja</title>');
  writeFileSync(join(dir, 'assets', 'app-1a2b.js'), 'console.log(1)');
  writeFileSync(join(tmpdir(), 'secret.txt'), 'secret');

  it('serves a file with its type, hashed assets cached for good', async () => {
    const f = await adminFile(dir, '/assets/app-1a2b.js');
    expect(f?.type).toMatch(/javascript/);
    expect(f?.immutable).toBe(true);
    expect(f?.body.toString()).toBe('console.log(1)');
  });
  it('answers an app route with index.html, so the app’s router takes over', async () => {
    const f = await adminFile(dir, '/pegawai');
    expect(f?.type).toMatch(/html/);
    expect(f?.immutable).toBe(false);
    expect(f?.body.toString()).toContain('Kinerja');
  });
  it('never leaves its folder and does not invent missing files', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/../../secret.txt'])
      expect((await adminFile(dir, path))?.body.toString() ?? '', path).not.toContain('secret');
    expect(await adminFile(dir, '/assets/missing.js')).toBeNull();
  });
});
