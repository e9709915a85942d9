import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

/**
 * The layer rules are only as good as what they catch. Each probe in probes/ commits one
 * violation (or none, for the clean ones) and names, in its first two lines, the path it
 * pretends to live at and the rule that must refuse it. The probes are linted as if they were
 * at that path, with the project's own eslint.config.mjs; they are excluded from `npm run
 * lint` and from the type-checks, where they would fail on purpose.
 */
const ROOT = resolve(__dirname, '../..');
const PROBES = join(__dirname, 'probes');

interface Probe {
  file: string;
  path: string;
  rule: string;
  text: string;
}

function readProbes(): Probe[] {
  return readdirSync(PROBES).map((file) => {
    const text = readFileSync(join(PROBES, file), 'utf8');
    const path = /^\/\/ probe: (\S+)$/m.exec(text)?.[1];
    const rule = /^\/\/ rule: (\S+)$/m.exec(text)?.[1];
    if (path === undefined || rule === undefined) throw new Error(`${file}: needs '// probe: PATH' and '// rule: RULE' lines`);
    return { file, path, rule, text };
  });
}

// Type-aware rules need the file in a TypeScript project; a probe lives at no real path, and
// the boundary rules need no types.
const BOUNDARY_RULES = ['no-restricted-imports', 'no-restricted-syntax', 'no-restricted-globals', 'import-x/no-restricted-paths', 'import-x/no-unresolved'];
const eslint = new ESLint({ cwd: ROOT, overrideConfig: [tseslint.configs.disableTypeChecked] });
const probes = readProbes();

async function lint(probe: Probe) {
  const [result] = await eslint.lintText(probe.text, { filePath: join(ROOT, probe.path) });
  return (result?.messages ?? []).map((message) => ({ rule: message.ruleId ?? 'parse error', line: message.line, message: message.message }));
}

describe('lint boundaries: every probe violation is refused by its rule', () => {
  it('has probes for every layer, and clean ones', () => {
    expect(probes.length).toBeGreaterThanOrEqual(20);
    expect(probes.filter((probe) => probe.rule === 'none').length).toBeGreaterThanOrEqual(2);
  });

  it.each(probes.filter((probe) => probe.rule !== 'none').map((probe) => [probe.file, probe] as const))('%s', async (_file, probe) => {
    const messages = await lint(probe);
    const rules = messages.map((message) => message.rule);
    expect(rules, `${probe.file} passed lint`).toContain(probe.rule);
    // Refused for its violation only: a probe that fails for a typo proves nothing.
    for (const rule of rules) expect(BOUNDARY_RULES, JSON.stringify(messages)).toContain(rule);
  });

  it.each(probes.filter((probe) => probe.rule === 'none').map((probe) => [probe.file, probe] as const))('%s passes', async (_file, probe) => {
    expect(await lint(probe)).toEqual([]);
  });
});
