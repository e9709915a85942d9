import { readFileSync } from 'node:fs';

/**
 * The version in the package's own package.json, found by walking up from this module: the
 * same walk works from the sources (electron/cli/) and from the build (out/cli/, chunks/).
 * Read only for --version, so a start-up pays nothing for it.
 */
export function cliVersion(from: URL = new URL('.', import.meta.url)): string {
  for (let dir = from; ; dir = new URL('..', dir)) {
    try {
      const pkg = JSON.parse(readFileSync(new URL('package.json', dir), 'utf8')) as { name?: unknown; version?: unknown };
      if (pkg.name === 'fieldnotes' && typeof pkg.version === 'string') return pkg.version;
    } catch {
      // no package.json at this level (or not ours): keep walking
    }
    if (new URL('..', dir).href === dir.href) return 'unknown';
  }
}
