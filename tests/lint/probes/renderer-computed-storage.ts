// probe: renderer/src/features/notebook/probe.ts
// rule: no-restricted-syntax
export const store: unknown = globalThis['indexedDB'];
