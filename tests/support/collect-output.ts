import type { ChildProcess } from 'node:child_process';

export interface Collected {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Everything a spawned process writes, and its exit code, once it has closed. */
export function collectOutput(child: ChildProcess): Promise<Collected> {
  return new Promise((resolvePromise, reject) => {
    let stdout = '';
    let stderr = '';
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code, stdout, stderr }));
  });
}
