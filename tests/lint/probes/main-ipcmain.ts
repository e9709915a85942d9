// probe: electron/main/windows/probe.ts
// rule: no-restricted-imports
import { ipcMain } from 'electron';

export const listen = () => ipcMain.handle('entry:list', () => []);
