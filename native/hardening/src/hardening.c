/*
 * Two process settings Node cannot reach, for the process holding an unlocked vault.
 * N-API only, so one build loads in Node (tests) and in Electron (the app) alike.
 *
 * Linux:
 *   - prctl(PR_SET_DUMPABLE, 0): no core dump of this process, and same-user processes can
 *     no longer ptrace it or read /proc/<pid>/mem (a same-user implant reading keys).
 *   - setrlimit(RLIMIT_CORE, {0, 0}): no core file even if dumpable were set again; the hard
 *     limit cannot be raised without privilege. Inherited by child processes.
 * Elsewhere both calls report "not supported" (macOS and Windows write no core files by default).
 *
 * POSIX:
 *   - tcflush(fd, TCIFLUSH): drops what was typed at a terminal before a hidden prompt. Typed
 *     while the terminal still echoed (during start-up), it is on screen in the clear and
 *     must not be accepted as the passphrase. Node has no binding for tcflush.
 */
#include <node_api.h>
#include <stdbool.h>

#ifdef __linux__
#include <sys/prctl.h>
#include <sys/resource.h>
#endif

#if defined(__unix__) || defined(__APPLE__)
#define HAVE_TERMIOS 1
#include <errno.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#endif

static napi_value boolean(napi_env env, bool value) {
  napi_value result;
  napi_get_boolean(env, value, &result);
  return result;
}

static napi_value disable_core_dumps(napi_env env, napi_callback_info info) {
  (void)info;
#ifdef __linux__
  struct rlimit none = {0, 0};
  bool limited = setrlimit(RLIMIT_CORE, &none) == 0;
  bool undumpable = prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0;
  return boolean(env, limited && undumpable);
#else
  return boolean(env, false);
#endif
}

static napi_value is_dumpable(napi_env env, napi_callback_info info) {
  (void)info;
#ifdef __linux__
  return boolean(env, prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) != 0);
#else
  return boolean(env, true);
#endif
}

/*
 * flushTerminalInput(fd): true when unread terminal input was discarded, false when there was
 * none (or off POSIX). Throws when fd is not a terminal or the flush fails: a caller that
 * relies on the flush must not carry on as if it happened.
 */
static napi_value flush_terminal_input(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  int32_t fd = -1;
  if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok || argc < 1 ||
      napi_get_value_int32(env, argv[0], &fd) != napi_ok || fd < 0) {
    napi_throw_type_error(env, NULL, "flushTerminalInput: expected a file descriptor");
    return NULL;
  }
#ifdef HAVE_TERMIOS
  int pending = 0;
  /* FIONREAD only tells whether to say so; a terminal without it still gets flushed. */
  if (ioctl(fd, FIONREAD, &pending) != 0) pending = 0;
  if (tcflush(fd, TCIFLUSH) != 0) {
    napi_throw_error(env, NULL, strerror(errno));
    return NULL;
  }
  return boolean(env, pending > 0);
#else
  return boolean(env, false);
#endif
}

static napi_value init(napi_env env, napi_value exports) {
  napi_property_descriptor properties[] = {
      {"disableCoreDumps", NULL, disable_core_dumps, NULL, NULL, NULL, napi_enumerable, NULL},
      {"isDumpable", NULL, is_dumpable, NULL, NULL, NULL, napi_enumerable, NULL},
      {"flushTerminalInput", NULL, flush_terminal_input, NULL, NULL, NULL, napi_enumerable, NULL},
  };
  napi_define_properties(env, exports, sizeof properties / sizeof properties[0], properties);
  return exports;
}

NAPI_MODULE(NODE_GYP_MODULE_NAME, init)
