/**
 * One unlock attempt's admission, as a separate process (the parallel-throttle test spawns six).
 * Usage: tsx throttle-attempt.ts <counter file> <ready file> <go file>
 * Signals it is ready, waits until the go file exists (so that all six ask at the same moment),
 * asks the throttle for admission and prints the answer as JSON. Time is frozen: no delay can
 * pass between attempts, so the outcome never depends on how fast the machine is.
 */
import { existsSync, writeFileSync } from 'node:fs';
import type { ClockReading } from '../../electron/core/vault/boot-clock';
import { UnlockThrottle } from '../../electron/core/vault/throttle';

const [, , counterFile, readyFile, goFile] = process.argv;
if (!counterFile || !readyFile || !goFile) throw new Error('usage: throttle-attempt <counter> <ready> <go>');

const FROZEN: ClockReading = { wallMs: 1_800_000_000_000, boot: { id: 'test-boot', uptimeMs: 3_600_000 } };
const throttle = new UnlockThrottle(counterFile, { required: true, clock: () => FROZEN });

writeFileSync(readyFile, '');
while (!existsSync(goFile)) await new Promise((resolve) => setTimeout(resolve, 2));
process.stdout.write(JSON.stringify(await throttle.admit()));
