import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Finds the Electron executable without `require('electron')`, which would try to download
 * the binary (and fail without network). Order: FIELDNOTES_ELECTRON_PATH, then
 * ELECTRON_OVERRIDE_DIST_PATH, then node_modules/electron/dist as the electron package lays it out.
 */
export function findElectronBinary(): { path: string } | { path: null; reason: string } {
  const explicit = process.env.FIELDNOTES_ELECTRON_PATH;
  if (explicit) {
    return existsSync(explicit) ? { path: explicit } : { path: null, reason: `FIELDNOTES_ELECTRON_PATH=${explicit} does not exist` };
  }
  const require = createRequire(import.meta.url);
  const packageDir = dirname(require.resolve('electron/package.json'));
  const pathFile = join(packageDir, 'path.txt');
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : defaultExecutable();
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(packageDir, 'dist');
  const candidate = join(distDir, executable);
  if (existsSync(candidate)) return { path: candidate };
  return {
    path: null,
    reason: `no Electron binary at ${candidate} (the electron package downloads it on first run, which needs network; set FIELDNOTES_ELECTRON_PATH to use one)`,
  };
}

function defaultExecutable(): string {
  if (process.platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  return process.platform === 'win32' ? 'electron.exe' : 'electron';
}
