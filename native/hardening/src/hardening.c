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
 */
#include <node_api.h>
#include <stdbool.h>

#ifdef __linux__
#include <sys/prctl.h>
#include <sys/resource.h>
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

static napi_value init(napi_env env, napi_value exports) {
  napi_property_descriptor properties[] = {
      {"disableCoreDumps", NULL, disable_core_dumps, NULL, NULL, NULL, napi_enumerable, NULL},
      {"isDumpable", NULL, is_dumpable, NULL, NULL, NULL, napi_enumerable, NULL},
  };
  napi_define_properties(env, exports, sizeof properties / sizeof properties[0], properties);
  return exports;
}

NAPI_MODULE(NODE_GYP_MODULE_NAME, init)
