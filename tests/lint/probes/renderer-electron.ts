// probe: renderer/src/features/notebook/probe.ts
// rule: no-restricted-imports
import { ipcRenderer } from 'electron';

export const ipc = ipcRenderer;
