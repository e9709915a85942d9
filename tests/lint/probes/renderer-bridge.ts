// probe: renderer/src/features/notebook/probe.ts
// rule: no-restricted-syntax
export const bridge: unknown = (window as unknown as { fieldnotes: unknown }).fieldnotes;
