import { describe, expect, it } from 'vitest';
import { findNetworkAttempts, formatAttempt, isChromiumRouteProbe } from '../../scripts/no-network-trace.mjs';

// Lines as strace 6.1 writes them with the flags in scripts/no-network.mjs (-f -qq -s 256).
const EXEC = '100 execve("/usr/bin/node", ["node", "/tmp/probe.js"], 0x7ffe /* 35 vars */) = 0';
const THREAD =
  '100 clone3({flags=CLONE_VM|CLONE_FS|CLONE_FILES|CLONE_SIGHAND|CLONE_THREAD, child_tid=0x7f, parent_tid=0x7f, exit_signal=0, stack=0x7f, stack_size=0x7ffe80, tls=0x7f} => {parent_tid=[101]}, 88) = 101';

describe('reading an strace log for network attempts', () => {
  it('counts IPv4 and IPv6 whatever the address, loopback included, with the command line', () => {
    const { attempts } = findNetworkAttempts(
      [
        EXEC,
        '100 connect(18, {sa_family=AF_INET, sin_port=htons(443), sin_addr=inet_addr("203.0.113.9")}, 16) = -1 ENETUNREACH (Network is unreachable)',
        '100 connect(19, {sa_family=AF_INET6, sin6_port=htons(80), sin6_flowinfo=htonl(0), inet_pton(AF_INET6, "::1", &sin6_addr), sin6_scope_id=0}, 28) = -1 EADDRNOTAVAIL (Cannot assign requested address)',
        '100 connect(20, {sa_family=AF_INET, sin_port=htons(5173), sin_addr=inet_addr("127.0.0.1")}, 16) = -1 ENETUNREACH (Network is unreachable)',
      ].join('\n'),
    );
    expect(attempts.map((a) => `${a.syscall} ${a.family} ${a.address}`)).toEqual([
      'connect AF_INET 203.0.113.9:443',
      'connect AF_INET6 [::1]:80',
      'connect AF_INET 127.0.0.1:5173',
    ]);
    expect(attempts[0]?.command).toEqual(['node', '/tmp/probe.js']);
    expect(formatAttempt(attempts[0]!)).toBe('pid 100 connect AF_INET 203.0.113.9:443 → -1 ENETUNREACH (Network is unreachable)\n    by: node /tmp/probe.js');
  });

  it('counts an unconnected UDP send by its destination, and a bind to an IP port', () => {
    const { attempts } = findNetworkAttempts(
      [
        EXEC,
        '100 bind(19, {sa_family=AF_INET, sin_port=htons(0), sin_addr=inet_addr("0.0.0.0")}, 16) = 0',
        '100 sendmsg(19, {msg_name={sa_family=AF_INET, sin_port=htons(53), sin_addr=inet_addr("198.51.100.1")}, msg_namelen=16, msg_iov=[{iov_base="x", iov_len=1}], msg_iovlen=1, msg_controllen=0, msg_flags=0}, 0) = -1 ENETUNREACH (Network is unreachable)',
        '100 sendto(21, "\\1\\2", 2, 0, {sa_family=AF_INET6, sin6_port=htons(53), sin6_flowinfo=htonl(0), inet_pton(AF_INET6, "2001:db8::1", &sin6_addr), sin6_scope_id=0}, 28) = -1 ENETUNREACH (Network is unreachable)',
      ].join('\n'),
    );
    expect(attempts.map((a) => `${a.syscall} ${a.family} ${a.address}`)).toEqual([
      'bind AF_INET 0.0.0.0:0',
      'sendmsg AF_INET 198.51.100.1:53',
      'sendto AF_INET6 [2001:db8::1]:53',
    ]);
  });

  it('ignores local IPC and kernel channels: AF_UNIX, AF_NETLINK, AF_UNSPEC, sends on connected sockets', () => {
    const { attempts, lines } = findNetworkAttempts(
      [
        EXEC,
        '100 connect(18, {sa_family=AF_UNIX, sun_path="/run/dbus/system_bus_socket"}, 110) = -1 ENOENT (No such file or directory)',
        '100 connect(18, {sa_family=AF_UNIX, sun_path=@"/tmp/.X11-unix/X0"}, 20) = 0',
        '100 sendto(5, [{nlmsg_len=20, nlmsg_type=RTM_GETADDR, nlmsg_flags=NLM_F_REQUEST|NLM_F_DUMP, nlmsg_seq=1, nlmsg_pid=0}, {ifa_family=AF_UNSPEC}], 20, 0, {sa_family=AF_NETLINK, nl_pid=0, nl_groups=00000000}, 12) = 20',
        '100 connect(19, {sa_family=AF_UNSPEC, sa_data="\\0\\0"}, 16) = 0',
        '100 sendmsg(7, {msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base="ping", iov_len=4}], msg_iovlen=1, msg_controllen=0, msg_flags=0}, MSG_NOSIGNAL) = 4',
        '100 sendto(7, "ping", 4, MSG_NOSIGNAL, NULL, 0) = 4',
      ].join('\n'),
    );
    expect(lines).toBe(7);
    expect(attempts).toEqual([]);
  });

  it('fails closed on an address it cannot read or a family it does not know', () => {
    const { attempts } = findNetworkAttempts(
      [
        '100 connect(18, 0x7ffd1234, 16) = -1 EFAULT (Bad address)',
        '100 connect(18, {sa_family=AF_VSOCK, svm_cid=VMADDR_CID_HOST, svm_port=1024}, 16) = -1 ENODEV (No such device)',
        '100 sendto(9, "x", 1, 0, {sa_family=0x2b /* AF_??? */, sa_data="\\0"}, 16) = -1 EAFNOSUPPORT (Address family not supported by protocol)',
      ].join('\n'),
    );
    expect(attempts.map((a) => a.family)).toEqual(['undecoded', 'AF_VSOCK', 'family 0x2b']);
  });

  it('reads a call that strace split around another process, and names a thread by its process', () => {
    const { attempts } = findNetworkAttempts(
      [
        EXEC,
        THREAD,
        '101 connect(18, {sa_family=AF_INET, sin_port=htons(53), sin_addr=inet_addr("10.0.0.53")}, 16 <unfinished ...>',
        '100 clone(child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD, child_tidptr=0x7f) = 102',
        '102 execve("/usr/bin/sh", ["sh", "-c", "exec curl \\"https://example.org\\""], 0x38 /* 35 vars */) = 0',
        '101 <... connect resumed>) = -1 ENETUNREACH (Network is unreachable)',
        '102 connect(4, {sa_family=AF_INET, sin_port=htons(443), sin_addr=inet_addr("198.51.100.7")}, 16 <unfinished ...>',
      ].join('\n'),
    );
    expect(attempts).toEqual([
      { pid: 101, syscall: 'connect', family: 'AF_INET', address: '10.0.0.53:53', result: '-1 ENETUNREACH (Network is unreachable)', command: ['node', '/tmp/probe.js'] },
      // Killed while blocked: still an attempt.
      { pid: 102, syscall: 'connect', family: 'AF_INET', address: '198.51.100.7:443', result: 'unfinished', command: ['sh', '-c', 'exec curl "https://example.org"'] },
    ]);
  });

  it('keeps the command line of the last successful execve only', () => {
    const { attempts, execs } = findNetworkAttempts(
      [
        '100 execve("/root/bin/node", ["node", "x.js"], 0x1 /* 3 vars */) = -1 ENOENT (No such file or directory)',
        EXEC,
        '100 connect(3, {sa_family=AF_INET, sin_port=htons(80), sin_addr=inet_addr("192.0.2.1")}, 16) = -1 ENETUNREACH (Network is unreachable)',
      ].join('\n'),
    );
    expect(execs).toBe(1);
    expect(attempts[0]?.command).toEqual(['node', '/tmp/probe.js']);
  });
});

describe("Chromium's IPv6 route probe", () => {
  const CHROMIUM = '300 execve("/usr/lib/chromium/chromium", ["/usr/lib/chromium/chromium", "--type=utility"], 0x7ffe /* 35 vars */) = 0';
  const PROBE =
    'connect(40, {sa_family=AF_INET6, sin6_port=htons(443), sin6_flowinfo=htonl(0), inet_pton(AF_INET6, "2001:4860:4860::8888", &sin6_addr), sin6_scope_id=0}, 28) = -1 ENETUNREACH (Network is unreachable)';

  it('is excused only as exactly that call, from Chromium, refused by the namespace', () => {
    const networkService =
      '400 execve("/proc/self/exe", ["/proc/self/exe", "--type=utility", "--utility-sub-type=network.mojom.NetworkService"], 0x7ffe /* 35 vars */) = 0';
    const { attempts } = findNetworkAttempts([CHROMIUM, `300 ${PROBE}`, networkService, `400 ${PROBE}`, EXEC, `100 ${PROBE}`].join('\n'));
    expect(attempts.map(isChromiumRouteProbe)).toEqual([true, true, false]);
  });

  it('does not take any re-executed program for Chromium', () => {
    const other = '500 execve("/proc/self/exe", ["/proc/self/exe", "worker.js"], 0x7ffe /* 35 vars */) = 0';
    const { attempts } = findNetworkAttempts([other, `500 ${PROBE}`].join('\n'));
    expect(attempts.map(isChromiumRouteProbe)).toEqual([false]);
  });

  it('is not excused once it succeeds, goes elsewhere or sends', () => {
    const { attempts } = findNetworkAttempts(
      [
        CHROMIUM,
        `300 ${PROBE.replace('= -1 ENETUNREACH (Network is unreachable)', '= 0')}`,
        `300 ${PROBE.replace('htons(443)', 'htons(53)')}`,
        `300 ${PROBE.replace('2001:4860:4860::8888', '2001:4860:4860::8844')}`,
        '300 sendto(40, "x", 1, 0, {sa_family=AF_INET6, sin6_port=htons(443), sin6_flowinfo=htonl(0), inet_pton(AF_INET6, "2001:4860:4860::8888", &sin6_addr), sin6_scope_id=0}, 28) = -1 ENETUNREACH (Network is unreachable)',
      ].join('\n'),
    );
    expect(attempts).toHaveLength(4);
    expect(attempts.some(isChromiumRouteProbe)).toBe(false);
  });
});
