// probe: electron/core/services/probe.ts
// rule: no-restricted-syntax
export async function loadElectron(): Promise<unknown> {
  return import('electron');
}
