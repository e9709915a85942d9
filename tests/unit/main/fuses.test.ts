import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FuseV1Options } from '@electron/fuses';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import afterPack from '../../../build/after-pack.mjs';
import { fuseSettings } from '../../../build/fuses.mjs';

// A stand-in Electron binary: the real fuse sentinel followed by a V1 wire in Electron's
// default states, inside filler bytes. The hook flips it with the real @electron/fuses.
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const ELECTRON_DEFAULTS = '111100011'; // RunAsNode … WasmTrapHandlers as Electron ships them

function fakeBinary(wire: string): Buffer {
  return Buffer.concat([Buffer.alloc(4096, 0x90), Buffer.from(SENTINEL), Buffer.from([1, wire.length]), Buffer.from(wire), Buffer.alloc(4096, 0x90)]);
}

function readWire(file: string): string {
  const bytes = readFileSync(file);
  const at = bytes.indexOf(SENTINEL) + SENTINEL.length;
  const length = bytes[at + 1] ?? 0;
  return bytes.subarray(at + 2, at + 2 + length).toString('latin1');
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'fieldnotes-fuses-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const linuxContext = () => ({
  appOutDir: dir,
  electronPlatformName: 'linux',
  arch: 1,
  packager: { appInfo: { productFilename: 'Fieldnotes' }, executableName: 'fieldnotes' },
});

describe('fuse settings', () => {
  it('decides every fuse @electron/fuses knows, with the hardened value', () => {
    const names = Object.keys(FuseV1Options).filter((k) => Number.isNaN(Number(k)));
    for (const platform of ['linux', 'win32', 'darwin']) {
      const settings = fuseSettings(platform);
      expect(Object.keys(settings).sort()).toEqual([...names].sort());
      expect(settings).toMatchObject({
        RunAsNode: false,
        EnableNodeOptionsEnvironmentVariable: false,
        EnableNodeCliInspectArguments: false,
        OnlyLoadAppFromAsar: true,
        GrantFileProtocolExtraPrivileges: false,
        EnableCookieEncryption: true,
      });
    }
    expect(fuseSettings('win32').EnableEmbeddedAsarIntegrityValidation).toBe(true);
    expect(fuseSettings('darwin').EnableEmbeddedAsarIntegrityValidation).toBe(true);
  });
});

describe('the afterPack hook', () => {
  it('flips the fuses of a Linux build and verifies them', async () => {
    const binary = join(dir, 'fieldnotes');
    writeFileSync(binary, fakeBinary(ELECTRON_DEFAULTS));
    await afterPack(linuxContext());
    // RunAsNode 0, cookies 1, NODE_OPTIONS 0, inspect 0, asar integrity 0 (Linux), asar only 1, snapshot 0, file 0, wasm 1
    expect(readWire(binary)).toBe('010001001');
  });

  it('fails the build when the binary has a fuse we have not decided on', async () => {
    writeFileSync(join(dir, 'fieldnotes'), fakeBinary(`${ELECTRON_DEFAULTS}1`));
    await expect(afterPack(linuxContext())).rejects.toThrow(/strictlyRequireAllFuses/);
  });

  it('fails the build when there is no fuse wire at all', async () => {
    writeFileSync(join(dir, 'fieldnotes'), Buffer.alloc(8192, 0x90));
    await expect(afterPack(linuxContext())).rejects.toThrow();
  });

  it('fails the build when a fuse was removed and cannot be set', async () => {
    writeFileSync(join(dir, 'fieldnotes'), fakeBinary('r11100011'));
    await expect(afterPack(linuxContext())).rejects.toThrow(/RunAsNode/);
  });
});
