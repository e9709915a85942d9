// probe: electron/main/windows/probe.ts
// rule: no-restricted-syntax
import type { WebContents } from 'electron';

export function listen(contents: WebContents): void {
  contents.ipc.handle('entry:list', () => []);
}
