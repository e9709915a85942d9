// probe: electron/core/probe.ts
// rule: no-restricted-syntax
declare const require: (name: string) => unknown;
export const electron = require('electron');
