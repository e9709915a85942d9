import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cachedBinaryPath, nodeGypArgs, nodeGypEnv, readAddonAbi } from '../../../scripts/native-abi.mjs';

const require = createRequire(import.meta.url);
const moduleDir = dirname(require.resolve('better-sqlite3-multiple-ciphers/package.json'));

describe('readAddonAbi', () => {
  it('reads the ABI of the real installed SQLite addon, which this Node then loads', () => {
    const bytes = readFileSync(join(moduleDir, 'build', 'Release', 'better_sqlite3.node'));
    expect(readAddonAbi(bytes)).toBe(Number(process.versions.modules));
  });

  it('reads an Electron-ABI symbol, N-API only, and refuses ambiguity', () => {
    expect(readAddonAbi(Buffer.from('\0\0node_register_module_v150\0'))).toBe(150);
    expect(readAddonAbi(Buffer.from('\0napi_register_module_v1\0'))).toBe('napi');
    expect(readAddonAbi(Buffer.from('node_register_module_v115\0node_register_module_v150'))).toBeNull();
    expect(readAddonAbi(Buffer.from('ELF nothing here'))).toBeNull();
  });

  it('knows the ABI the installed electron package declares, without loading electron', () => {
    const electronDir = dirname(require.resolve('electron/package.json'));
    expect(Number(readFileSync(join(electronDir, 'abi_version'), 'utf8'))).toBeGreaterThan(Number(process.versions.modules));
  });
});

describe('build plumbing', () => {
  it('keys the cache by module version, platform, arch and ABI', () => {
    const a = cachedBinaryPath({ cacheRoot: '/c', moduleName: 'better-sqlite3-multiple-ciphers', moduleVersion: '12.11.1', platform: 'linux', arch: 'x64', abi: 115 });
    const b = cachedBinaryPath({ cacheRoot: '/c', moduleName: 'better-sqlite3-multiple-ciphers', moduleVersion: '12.11.1', platform: 'linux', arch: 'x64', abi: 150 });
    expect(a).toBe('/c/better-sqlite3-multiple-ciphers@12.11.1/linux-x64/abi-115.node');
    expect(a).not.toBe(b);
  });

  it('drops nodedir for Electron builds only (it makes node-gyp use Node’s headers and still succeed)', () => {
    const env = { npm_config_nodedir: '/usr', NPM_CONFIG_NODEDIR: '/usr', PATH: '/bin' };
    expect(nodeGypEnv('electron', env)).toEqual({ PATH: '/bin' });
    expect(nodeGypEnv('node', env)).toEqual(env);
  });

  it('targets Electron’s headers for an Electron build', () => {
    expect(nodeGypArgs({ runtime: 'electron', electronVersion: '45.5.0', arch: 'x64' })).toEqual([
      'rebuild',
      '--release',
      '--arch=x64',
      '--target=45.5.0',
      '--dist-url=https://electronjs.org/headers',
    ]);
    expect(nodeGypArgs({ runtime: 'node', arch: 'arm64' })).toEqual(['rebuild', '--release', '--arch=arm64']);
    expect(() => nodeGypArgs({ runtime: 'electron', arch: 'x64' })).toThrow();
  });
});
