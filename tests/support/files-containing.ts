import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every file under `dir` modified since `since` (ms) that holds any of `needles`: the scan for
 * plaintext left on disk. Files of 256 MiB or more are skipped (none of ours is plaintext-sized).
 */
export function filesContaining(dir: string, needles: Buffer[], since: number): string[] {
  const found: string[] = [];
  const walk = (at: string) => {
    let names: string[];
    try {
      names = readdirSync(at);
    } catch {
      return;
    }
    for (const name of names) {
      const path = join(at, name);
      try {
        const stat = statSync(path);
        if (stat.isDirectory()) walk(path);
        else if (stat.isFile() && stat.mtimeMs >= since - 1000 && stat.size < 256 * 1024 * 1024 && needles.some((n) => readFileSync(path).includes(n))) {
          found.push(path);
        }
      } catch {
        // Another process's file, gone between the listing and the read.
      }
    }
  };
  walk(dir);
  return found;
}
