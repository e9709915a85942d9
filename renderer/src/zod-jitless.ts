import { config } from 'zod';

/**
 * Imported first by main.tsx, before anything from shared/ builds a schema. The renderer only
 * uses shared/'s constants and pure functions, but those modules build zod schemas on load, and
 * zod probes `new Function('')` to decide whether it may compile fast parsers. Under our CSP
 * (no 'unsafe-eval', Trusted Types for script) that probe is a violation. jitless: never probe,
 * never eval. (Better still: zod-free constant modules in shared/; asked of the core owner.)
 */
config({ jitless: true });
