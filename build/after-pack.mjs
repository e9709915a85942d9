// electron-builder afterPack hook: flips every Electron fuse before signing, and fails the
// build if any fuse cannot be set or does not read back as wanted. electron-builder signs
// after this hook, so the signature covers the flipped binary.
import { join } from 'node:path';
import { flipFuses, FuseState, FuseV1Options, FuseVersion, getCurrentFuseWire } from '@electron/fuses';
import { fuseSettings } from './fuses.mjs';

const ARM64 = 3; // electron-builder's Arch.arm64

/** @param {import('app-builder-lib').AfterPackContext} context */
function electronBinary(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  const product = packager.appInfo.productFilename;
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas') return join(appOutDir, `${product}.app`);
  if (electronPlatformName === 'win32') return join(appOutDir, `${product}.exe`);
  // Linux: electron-builder renames the binary to the executable name.
  return join(appOutDir, /** @type {{ executableName: string }} */ (/** @type {unknown} */ (packager)).executableName);
}

/** @param {import('app-builder-lib').AfterPackContext} context */
export default async function afterPack(context) {
  const binary = electronBinary(context);
  const wanted = fuseSettings(context.electronPlatformName);
  /** @type {Record<number, boolean>} */
  const byIndex = {};
  for (const [name, value] of Object.entries(wanted)) {
    const index = FuseV1Options[/** @type {keyof typeof FuseV1Options} */ (name)];
    if (index === undefined) throw new Error(`after-pack: @electron/fuses knows no fuse named ${name}`);
    byIndex[index] = value;
  }
  // A fuse Electron marks as removed is compiled out: writing it is a no-op that would read back
  // as set. Stop and re-review instead of shipping a setting that means nothing.
  const before = await getCurrentFuseWire(binary);
  const removed = Object.keys(wanted).filter((name) => before[FuseV1Options[/** @type {keyof typeof FuseV1Options} */ (name)]] === FuseState.REMOVED);
  if (removed.length > 0) throw new Error(`after-pack: Electron marks these fuses removed; review them: ${removed.join(', ')}`);
  // strictlyRequireAllFuses: a newer Electron with a fuse we have not decided on fails the build.
  await flipFuses(binary, {
    version: FuseVersion.V1,
    strictlyRequireAllFuses: true,
    resetAdHocDarwinSignature: context.electronPlatformName === 'darwin' && context.arch === ARM64,
    ...byIndex,
  });

  const wire = await getCurrentFuseWire(binary);
  const wrong = Object.entries(wanted).filter(([name, value]) => {
    const state = wire[FuseV1Options[/** @type {keyof typeof FuseV1Options} */ (name)]];
    return state !== (value ? FuseState.ENABLE : FuseState.DISABLE);
  });
  if (wrong.length > 0) throw new Error(`after-pack: fuses did not read back as set: ${wrong.map(([n]) => n).join(', ')}`);
  console.log(`after-pack: ${Object.keys(wanted).length} fuses set and verified on ${binary}`);
}
