// Reads an `strace -f` log (see no-network.mjs for the exact flags) and finds every network
// attempt in it. Pure functions over text, so tests can feed it recorded lines.
//
// What counts as a network attempt: a connect(), sendto(), sendmsg(), sendmmsg() or bind()
// whose socket address is of any family other than the kernel-local ones below. So AF_INET
// and AF_INET6 count whatever the address (loopback included: Fieldnotes and its test tools
// have no business with IP sockets at all), and so do AF_PACKET, AF_VSOCK, Bluetooth and any
// family strace cannot name. Fail closed: a connect() whose address strace could not decode
// counts too. bind() counts because listening on a port is exposure even with no client.
//
// Not counted, and why:
//   AF_UNIX / AF_LOCAL  local IPC (D-Bus, syslog, Chromium's and Playwright's own pipes and
//                       socketpairs, nscd); it cannot leave the machine.
//   AF_NETLINK          a channel to this kernel (route and address queries, udev).
//   AF_UNSPEC           connect(AF_UNSPEC) dissolves a UDP association; it sends nothing.
//   no address at all   send*() on a connected socket: its connect() was already counted.

export const LOCAL_FAMILIES = new Set(['AF_UNIX', 'AF_LOCAL', 'AF_NETLINK', 'AF_UNSPEC']);
export const NETWORK_SYSCALLS = new Set(['connect', 'sendto', 'sendmsg', 'sendmmsg', 'bind']);
const PROCESS_SYSCALLS = new Set(['execve', 'execveat', 'clone', 'clone3', 'fork', 'vfork']);

/** One strace line: `PID syscall(args) = ret`, `PID syscall(args <unfinished ...>`, `PID <... syscall resumed>…`. */
const LINE = /^(\d+)(?:<[^>]*>)?\s+(?:<\.\.\. (\w+) resumed>(.*)|(\w+)\((.*))$/;

/** Undo strace's C-style escaping of one quoted string (display only). */
function unescape(text) {
  return text.replace(/\\(x[0-9a-fA-F]{2}|[0-7]{1,3}|.)/g, (_, esc) => {
    if (esc[0] === 'x') return String.fromCharCode(parseInt(esc.slice(1), 16));
    if (/^[0-7]+$/.test(esc)) return String.fromCharCode(parseInt(esc, 8));
    return { n: '\n', t: '\t', r: '\r', v: '\v', f: '\f' }[esc] ?? esc;
  });
}

/** The argv array of an execve line: `execve("/usr/bin/node", ["node", "x.js"], …`. */
function parseArgv(args) {
  const open = args.indexOf('[');
  if (open === -1) return null;
  const argv = [];
  const item = /\s*"((?:[^"\\]|\\.)*)"(\.\.\.)?\s*(,|\])/gy;
  item.lastIndex = open + 1;
  let match;
  while ((match = item.exec(args)) !== null) {
    argv.push(unescape(match[1]) + (match[2] ?? ''));
    if (match[3] === ']') return argv;
  }
  // strace shortened the array (`…, ...]`): keep what it printed.
  return argv.length > 0 ? [...argv, '…'] : null;
}

/** Every socket address in a syscall's arguments (sendmmsg may carry several). */
export function socketAddresses(args) {
  const found = [];
  const block = /\{sa_family=([A-Za-z0-9_]+)(?:\s*\/\*[^*]*\*\/)?([^{}]*)\}/g;
  let match;
  while ((match = block.exec(args)) !== null) {
    const family = /^\d+$|^0x/.test(match[1]) ? `family ${match[1]}` : match[1];
    found.push({ family, address: describeAddress(family, match[0]) });
  }
  return found;
}

function describeAddress(family, text) {
  const port = /_port=htons\((\d+)\)/.exec(text)?.[1];
  if (family === 'AF_INET') {
    const host = /inet_addr\("([^"]*)"\)/.exec(text)?.[1] ?? '?';
    return port === undefined ? host : `${host}:${port}`;
  }
  if (family === 'AF_INET6') {
    const host = /inet_pton\(AF_INET6, "([^"]*)"/.exec(text)?.[1] ?? '?';
    return port === undefined ? `[${host}]` : `[${host}]:${port}`;
  }
  return text;
}

/**
 * Reads a trace line by line (a traced test suite writes hundreds of megabytes, so the runner
 * streams it). `result()` gives the attempts, each with the pid, syscall, family, address,
 * result and the command line of the process that made it, and the number of lines read.
 */
export function createTraceReader() {
  /** pid → argv of its last successful execve */
  const commands = new Map();
  /** pid/tid → the pid that cloned it (threads and forks inherit the command line) */
  const parents = new Map();
  /** pid → the first half of a call that strace split around another process's line */
  const pending = new Map();
  const attempts = [];
  let lines = 0;
  let execs = 0;

  function record(pid, name, text, result) {
    const found = [];
    const addresses = socketAddresses(text);
    if (addresses.length === 0 && name === 'connect') {
      // connect() always names an address: if strace could not decode one, fail closed.
      found.push({ pid, syscall: name, family: 'undecoded', address: text.slice(0, 120), result });
    }
    for (const { family, address } of addresses) {
      if (!LOCAL_FAMILIES.has(family)) found.push({ pid, syscall: name, family, address, result });
    }
    attempts.push(...found);
    return found;
  }

  function push(raw) {
    const match = LINE.exec(raw);
    if (!match) return;
    lines += 1;
    const pid = Number(match[1]);
    let name;
    let text;
    if (match[2] !== undefined) {
      const first = pending.get(pid);
      pending.delete(pid);
      name = match[2];
      if (first?.name === name && NETWORK_SYSCALLS.has(name)) {
        const result = /\)\s+=\s+(.*)$/.exec(match[3])?.[1] ?? '?';
        for (const attempt of first.recorded) attempt.result = result;
        return;
      }
      text = (first?.name === name ? first.text : '') + match[3];
    } else {
      name = match[4];
      text = match[5];
      const cut = text.indexOf(' <unfinished ...>');
      if (cut !== -1) {
        text = text.slice(0, cut);
        // The arguments are all here: record a network attempt now, in case the call never
        // returns (the process was killed while blocked in connect()); the result comes later.
        const recorded = NETWORK_SYSCALLS.has(name) ? record(pid, name, text, 'unfinished') : [];
        pending.set(pid, { name, text, recorded });
        return;
      }
    }
    const result = /\)\s+=\s+(.*)$/.exec(text)?.[1] ?? '?';
    if (NETWORK_SYSCALLS.has(name)) {
      record(pid, name, text, result);
    } else if (name.startsWith('execve')) {
      if (/^0\b/.test(result)) {
        execs += 1;
        const argv = parseArgv(text);
        if (argv) commands.set(pid, argv);
      }
    } else if (PROCESS_SYSCALLS.has(name)) {
      const child = /^(\d+)/.exec(result)?.[1];
      if (child) parents.set(Number(child), pid);
    }
  }

  function result() {
    for (const attempt of attempts) attempt.command = commandOf(attempt.pid, commands, parents);
    return { attempts, lines, execs };
  }

  return { push, result };
}

/** The same over a whole trace held in memory. */
export function findNetworkAttempts(trace) {
  const reader = createTraceReader();
  for (const line of trace.split('\n')) reader.push(line);
  return reader.result();
}

function commandOf(pid, commands, parents) {
  const seen = new Set();
  let current = pid;
  while (current !== undefined && !seen.has(current)) {
    const argv = commands.get(current);
    if (argv) return argv;
    seen.add(current);
    current = parents.get(current);
  }
  return null;
}

/** One line per attempt, for the failure report. */
export function formatAttempt(attempt) {
  const command = attempt.command ? attempt.command.join(' ') : '(command line unknown)';
  const shown = command.length > 300 ? `${command.slice(0, 300)}…` : command;
  return `pid ${attempt.pid} ${attempt.syscall} ${attempt.family} ${attempt.address} → ${attempt.result}\n    by: ${shown}`;
}

/**
 * The one attempt that is reported but does not fail a run: Chromium's IPv6 reachability
 * probe. Chromium's host resolver connect()s an unsent UDP socket to a fixed public address to
 * ask the kernel whether an IPv6 route exists (net/dns/host_resolver_manager.cc); a UDP
 * connect() only looks up a route, no packet is built or sent, and stock Chromium has no switch
 * to turn it off (`EnableIPv6ReachabilityOverride` only overrides the answer). It stays
 * excused only while it is exactly that: connect() to [2001:4860:4860::8888]:443, by a
 * Chromium process, refused by the empty namespace. Any send, any other address or port, a
 * connect that succeeded, or the same call from any other program still fails the run.
 */
export function isChromiumRouteProbe(attempt) {
  return (
    attempt.syscall === 'connect' &&
    attempt.family === 'AF_INET6' &&
    attempt.address === '[2001:4860:4860::8888]:443' &&
    /^-1 E(NETUNREACH|ADDRNOTAVAIL)\b/.test(String(attempt.result)) &&
    isChromiumProcess(attempt.command ?? [])
  );
}

/**
 * Chromium's browser process runs as its own binary; its helpers (network service, zygote,
 * renderers) are started as `/proc/self/exe --type=…`, re-executing that same binary.
 */
function isChromiumProcess(argv) {
  const program = argv[0] ?? '';
  if (/(^|\/)(chromium|chrome|electron)$/.test(program)) return true;
  return program === '/proc/self/exe' && argv.some((arg) => arg.startsWith('--type='));
}
