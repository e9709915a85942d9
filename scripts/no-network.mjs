#!/usr/bin/env node
// Runs a command with no network at all and proves it made no network attempt.
//
//   node scripts/no-network.mjs -- <command> [args…]
//
// The command runs inside a fresh, empty network namespace (`unshare -rn`: a user namespace
// for the rights, a network namespace with only a loopback device that is down), under
// `strace -f`, which records every connect/sendto/sendmsg/sendmmsg/bind of every process and
// thread it starts. Afterwards the trace is read (scripts/no-network-trace.mjs says what
// counts as a network attempt and why) and the run FAILS (exit 1) if there was any attempt,
// listing each with its pid, syscall, address family, address and the process's command line,
// even if the command itself succeeded: the namespace makes an attempt fail, the trace makes
// it visible, so a tool that quietly tolerates a failed connection cannot hide one.
// Otherwise the exit code is the command's own; its stdin, stdout and stderr are untouched.
//
// Fail closed: no Linux, no unshare, no strace, user namespaces not permitted, ptrace not
// permitted, or an empty trace each stop the run with a one-line reason. Before the command
// runs, a canary (a node process that connects to 203.0.113.9) runs the same way and must be
// caught, so a tracer that sees nothing cannot pass for a clean run.
//
// One tracer per process (ptrace): the wrapper cannot run inside itself. A command that is
// already traced is refused rather than run untraced.
import { spawn, spawnSync } from 'node:child_process';
import { accessSync, constants, createReadStream, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { createInterface } from 'node:readline';
import { createTraceReader, findNetworkAttempts, formatAttempt, isChromiumRouteProbe } from './no-network-trace.mjs';

const TRACED = ['execve', 'execveat', 'clone', 'clone3', 'fork', 'vfork', 'connect', 'sendto', 'sendmsg', 'sendmmsg', 'bind'];
const CANARY = `require('node:net').connect(443, '203.0.113.9').on('error', () => {})`;

function fail(message) {
  process.stderr.write(`no-network: ${message}\n`);
  process.exit(1);
}

function which(name) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    try {
      accessSync(join(dir, name), constants.X_OK);
      return join(dir, name);
    } catch {
      // not in this directory
    }
  }
  return null;
}

function tracerPid() {
  const status = readFileSync('/proc/self/status', 'utf8');
  return Number(/^TracerPid:\s+(\d+)/m.exec(status)?.[1] ?? 0);
}

/** Why the command cannot be traced here, or null. */
function preflight(unshare, strace, dir) {
  const reason = (result) => (result.error?.message ?? result.stderr.toString().trim().split('\n').at(-1) ?? `exit ${result.status}`);
  const userns = spawnSync(unshare, ['-rn', 'true']);
  if (userns.status !== 0) {
    return `unshare -rn is not permitted here (${reason(userns)}): enable unprivileged user namespaces (kernel.unprivileged_userns_clone=1; on Ubuntu 24.04+ kernel.apparmor_restrict_unprivileged_userns=0)`;
  }
  // The canary: the namespace must hold no interface but a loopback that is down, and a
  // connect() to an outside address must show up in the trace.
  const trace = join(dir, 'canary.log');
  const script = `${CANARY}; process.stdout.write(require('node:fs').readFileSync('/proc/self/net/dev', 'utf8'))`;
  const canary = spawnSync(unshare, ['-rn', strace, ...straceArgs(trace), process.execPath, '-e', script]);
  if (canary.status !== 0) return `strace cannot trace here (${reason(canary)}): ptrace must be permitted (kernel.yama.ptrace_scope ≤ 1, no seccomp profile blocking it)`;
  const interfaces = canary.stdout.toString().split('\n').slice(2).map((line) => line.split(':')[0]?.trim()).filter(Boolean);
  if (interfaces.join() !== 'lo') return `the namespace is not empty: it has ${interfaces.join(', ')}`;
  const { attempts } = findNetworkAttempts(readFileSync(trace, 'utf8'));
  if (!attempts.some((a) => a.syscall === 'connect' && a.address === '203.0.113.9:443')) {
    return 'strace did not record the canary connect() to 203.0.113.9:443; the trace cannot be trusted';
  }
  return null;
}

function straceArgs(traceFile) {
  // -f: every child and thread. --seccomp-bpf: only the listed syscalls stop the tracee (the
  // rest run at full speed). -qq and signal=none: no attach, exit or signal lines. -s 256: long
  // enough for command lines and socket addresses. -o: the trace goes to a file, never into
  // the command's own output.
  return ['-f', '--seccomp-bpf', '-qq', '-s', '256', '-e', `trace=${TRACED.join(',')}`, '-e', 'signal=none', '-o', traceFile, '--'];
}

// Tools that would phone home by default, told not to. They are not allow-listed: the trace
// still catches them if they try. npm checks the registry for a newer npm (update-notifier),
// and `npm install`/`npm ci` would audit and fund-check; none of that belongs in a test run.
const OFFLINE_ENV = {
  npm_config_update_notifier: 'false',
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  npm_config_offline: 'true',
};

async function main() {
  const separator = process.argv.indexOf('--');
  const command = separator === -1 ? [] : process.argv.slice(separator + 1);
  if (command.length === 0) fail('usage: node scripts/no-network.mjs -- <command> [args…]');
  if (process.platform !== 'linux') fail(`needs Linux (unshare and strace); this is ${process.platform}. \`npm run test:all\` runs the suite without the proof`);
  const unshare = which('unshare');
  if (!unshare) fail("unshare not found: install Debian's util-linux");
  const strace = which('strace');
  if (!strace) fail("strace not found: install Debian's strace (the CI script does)");
  if (tracerPid() !== 0) fail(`this process is already traced (TracerPid ${tracerPid()}): ptrace allows one tracer, so the wrapper cannot run inside itself`);

  const dir = mkdtempSync(join(tmpdir(), 'fieldnotes-no-network-'));
  const problem = preflight(unshare, strace, dir);
  if (problem) {
    rmSync(dir, { recursive: true, force: true });
    fail(problem);
  }

  const traceFile = join(dir, 'trace.log');
  const started = Date.now();
  const child = spawn(unshare, ['-rn', strace, ...straceArgs(traceFile), ...command], {
    stdio: 'inherit',
    env: { ...process.env, ...OFFLINE_ENV },
  });
  // Ctrl-C reaches the whole foreground group; the wrapper stays to report. SIGTERM and SIGHUP
  // (CI cancelling a job) are passed on.
  process.on('SIGINT', () => {});
  for (const signal of ['SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  const { code, signal } = await new Promise((resolve) => child.on('exit', (c, s) => resolve({ code: c, signal: s })));
  const exitCode = code ?? 128 + (constants.signals?.[signal] ?? 0);

  if (!existsSync(traceFile)) fail(`strace wrote no trace (the command exited ${exitCode}); nothing is proven`);
  const reader = createTraceReader();
  for await (const line of createInterface({ input: createReadStream(traceFile), crlfDelay: Infinity })) reader.push(line);
  const { attempts: all, lines, execs } = reader.result();
  const probes = all.filter(isChromiumRouteProbe);
  const attempts = all.filter((attempt) => !isChromiumRouteProbe(attempt));
  if (execs === 0) fail(`the trace shows no process started (the command exited ${exitCode}); kept at ${traceFile}`);

  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (attempts.length > 0) {
    process.stderr.write(`\nno-network: FAIL: ${attempts.length} network attempt(s) inside the empty network namespace (command exited ${exitCode}):\n`);
    // The same call from the same program is shown once with a count (a browser retries DNS
    // dozens of times); the full list is in the kept trace.
    const groups = new Map();
    for (const attempt of attempts) {
      const key = `${attempt.syscall} ${attempt.family} ${attempt.address} ${attempt.command?.join(' ') ?? ''}`;
      const group = groups.get(key) ?? { attempt, pids: new Set(), count: 0 };
      group.pids.add(attempt.pid);
      group.count += 1;
      groups.set(key, group);
    }
    for (const { attempt, pids, count } of groups.values()) {
      const more = count > 1 ? ` (×${count}, pids ${[...pids].slice(0, 5).join(', ')}${pids.size > 5 ? ', …' : ''})` : '';
      const [first, ...rest] = formatAttempt(attempt).split('\n');
      process.stderr.write(`  ${[`${first}${more}`, ...rest].join('\n')}\n`);
    }
    process.stderr.write(`no-network: full trace kept at ${traceFile}\n`);
    process.exit(1);
  }
  rmSync(dir, { recursive: true, force: true });
  if (probes.length > 0) {
    process.stderr.write(`no-network: note: ${probes.length} Chromium IPv6 route probe(s) (UDP connect, no packet; see isChromiumRouteProbe)\n`);
  }
  process.stderr.write(`no-network: 0 network attempts (${execs} program(s) started, ${lines} calls traced, ${seconds} s) in an empty network namespace; command exited ${exitCode}\n`);
  process.exit(exitCode);
}

await main();
