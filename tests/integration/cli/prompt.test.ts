import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, NEXT_PASSPHRASE, PASSPHRASE, REPO_ROOT, baseEnv, runCli, useTempDir } from './run-cli';

/** util-linux `script` gives the CLI a real pseudo-terminal; Debian ships it in bsdutils (essential). */
const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;

interface PtyResult {
  code: number | null;
  /** Everything the terminal showed (stdout and stderr share the pty). */
  screen: string;
}

/**
 * A shell that waits for one line, then becomes the CLI. The harness sends that line and the
 * type-ahead in one write: a terminal in line mode hands `read` only the first line, so the
 * type-ahead is certainly queued in the terminal before the CLI starts, with no timing.
 */
const AFTER_ONE_LINE = ['sh', '-c', 'IFS= read -r started; exec "$0" "$@"'];

/**
 * Runs the CLI inside `script -q -e -c …`, answering each prompt only once it has appeared.
 * `typeAhead` is typed before the CLI starts, as someone typing during start-up would.
 */
function runInPty(
  args: string[],
  answers: [prompt: string, keys: string][],
  env: Record<string, string | undefined>,
  typeAhead?: string,
): Promise<PtyResult> {
  const command = [...(typeAhead === undefined ? [] : AFTER_ONE_LINE), process.execPath, BIN, ...args];
  const quoted = command.map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  return new Promise((resolve, reject) => {
    const child = spawn('script', ['-q', '-e', '-c', quoted, '/dev/null'], { cwd: REPO_ROOT, env: baseEnv(env) });
    if (typeAhead !== undefined) child.stdin.write(`start\r${typeAhead}`);
    let screen = '';
    let cursor = 0;
    const pending = [...answers];
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      screen += chunk;
      const next = pending[0];
      if (!next) return;
      const at = screen.indexOf(next[0], cursor);
      if (at >= 0) {
        cursor = at + next[0].length;
        pending.shift();
        child.stdin.write(next[1]);
      }
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, screen }));
  });
}

describe.skipIf(!hasScript)('fieldnotes CLI: the hidden passphrase prompt, through a pseudo-terminal', () => {
  const tempDir = useTempDir();
  let env: Record<string, string | undefined>;

  beforeAll(async () => {
    env = { FIELDNOTES_VAULT: join(tempDir(), 'vault'), FIELDNOTES_PASSPHRASE: undefined };
    // Typed twice; a mismatch and a too-short attempt are re-asked, not fatal.
    const created = await runInPty(
      ['vault', 'create'],
      [
        ['New passphrase', 'too short\r'],
        ['New passphrase', `${PASSPHRASE}\r`],
        ['Repeat the passphrase', 'something else entirely\r'],
        ['New passphrase', `${PASSPHRASE}\r`],
        ['Repeat the passphrase', `${PASSPHRASE}\r`],
      ],
      env,
    );
    expect(created.code, created.screen).toBe(0);
    expect(created.screen).toContain('passphrase must be at least 12 characters');
    expect(created.screen).toContain('the passphrases do not match');
    expect(created.screen).toContain('Created vault in');
    expect(created.screen).not.toContain('too short');
    expect(created.screen).not.toContain(PASSPHRASE);
    const added = await runCli(['entry', 'add', '--kind', 'meeting', '--title', 'Hearing notes', '--body', 'The judge adjourned the trial.'], {
      env: { ...env, FIELDNOTES_PASSPHRASE: PASSPHRASE },
    });
    expect(added.code, added.stderr).toBe(0);
  });

  it('unlocks with a typed passphrase, never echoed; Backspace and arrow keys edit, not insert', async () => {
    const result = await runInPty(['entry', 'list'], [['Passphrase: ', `${PASSPHRASE}x\u007f\u001b[D\u001b[C\r`]], env);
    expect(result.code, result.screen).toBe(0);
    expect(result.screen).toContain('Hearing notes');
    expect(result.screen).not.toContain(PASSPHRASE);
  });

  it('discards what was typed (and echoed) before the prompt appeared; only the passphrase typed at the prompt counts', async () => {
    const early = 'typed during start-up\r';
    const result = await runInPty(['entry', 'list'], [['Passphrase: ', `${PASSPHRASE}\r`]], env, early);
    expect(result.code, result.screen).toBe(0);
    expect(result.screen).toContain('fieldnotes: text typed before the prompt was discarded.');
    expect(result.screen).toContain('Hearing notes');
    expect(result.screen).not.toContain(PASSPHRASE);
  });

  it('discards a passphrase typed early, even the right one: it was on screen in the clear', async () => {
    // Ctrl-D on the empty prompt ends the run: had the early line been kept, it would have unlocked.
    const result = await runInPty(['entry', 'list'], [['Passphrase: ', '\u0004']], env, `${PASSPHRASE}\r`);
    expect(result.code, result.screen).toBe(1);
    expect(result.screen).toContain('fieldnotes: no passphrase entered.');
    expect(result.screen).not.toContain('Hearing notes');
  });

  it('says a wrong typed passphrase is wrong', async () => {
    const result = await runInPty(['entry', 'list'], [['Passphrase: ', 'not the passphrase at all\r']], env);
    expect(result.code).toBe(1);
    expect(result.screen).toMatch(/fieldnotes: Wrong passphrase\./);
    expect(result.screen).not.toMatch(/\n\s+at /);
  });

  it('Ctrl-C at the prompt aborts with exit 130, nothing echoed', async () => {
    const result = await runInPty(['entry', 'list'], [['Passphrase: ', 'half-typed\u0003']], env);
    expect(result.code).toBe(130);
    expect(result.screen).toContain('fieldnotes: interrupted');
    expect(result.screen).not.toContain('half-typed');
  });

  it('highlights search hits in reverse video on a terminal, brackets with NO_COLOR', async () => {
    const withPass = { ...env, FIELDNOTES_PASSPHRASE: PASSPHRASE };
    const tty = await runInPty(['search', 'adjourned'], [], withPass);
    expect(tty.code, tty.screen).toBe(0);
    expect(tty.screen).toContain('\u001b[7madjourned\u001b[27m');
    const noColor = await runInPty(['search', 'adjourned'], [], { ...withPass, NO_COLOR: '1' });
    expect(noColor.screen).toContain('[adjourned]');
    expect(noColor.screen).not.toContain('\u001b[7m');
  });

  it('changes the passphrase at the terminal: the current one, then the new one twice, none echoed', async () => {
    const own = { FIELDNOTES_VAULT: join(tempDir(), 'vault'), FIELDNOTES_PASSPHRASE: undefined };
    expect((await runCli(['vault', 'create'], { env: { ...own, FIELDNOTES_PASSPHRASE: PASSPHRASE } })).code).toBe(0);
    const next = NEXT_PASSPHRASE;
    const changed = await runInPty(
      ['vault', 'passphrase'],
      [
        ['Current passphrase: ', `${PASSPHRASE}\r`],
        ['New passphrase', `${next}\r`],
        ['Repeat the passphrase', `${next}\r`],
      ],
      own,
    );
    expect(changed.code, changed.screen).toBe(0);
    expect(changed.screen).toContain('Passphrase changed.');
    expect(changed.screen).not.toContain(PASSPHRASE);
    expect(changed.screen).not.toContain(next);
    expect((await runCli(['entry', 'list'], { env: { ...own, FIELDNOTES_PASSPHRASE: next } })).code).toBe(0);
  });
});
