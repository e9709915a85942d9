/**
 * `npx tsx bench/hearing-log.ts --explain`: why keys missed their frame. From the Chrome trace of
 * the typing, each key slower than the target is put down to what the renderer's main thread ran
 * between the key and its frame: another key's task (an Enter that adds a line, a Ctrl+S that
 * starts a save), the tasks after a save or an Enter (the save's answer, redraws), a frame, a GC;
 * the key's own task when it was long; and 'vsync' when none of these was: the key came just after
 * the compositor had taken a frame without it, and waited for the next.
 *
 * What 'vsync' is, on Chromium's 60 Hz frame clock (`--display 60hz`; the unthrottled screen the
 * target is read on has no clock to wait for), from the compositor's events in these traces
 * (Chromium 150): after drawing a key, the compositor keeps one idle frame open, in which a new
 * key gets its frame at once, and stops asking for frames when that idle frame ends, on the next
 * tick of the frame clock. A key that arrives in the 1-2 ms after that moment finds the tick
 * already spent, and waits a whole frame for the following one (latency 16-19 ms), whatever the
 * page does. The bench's keys come about two frames apart, so about 6% land there. A typist with
 * irregular gaps fares worse, not better (tried: a gap of 30-64 ms instead of 30 gave p50 9.6 and
 * p95 17 ms), because most keys then arrive while the clock is stopped and wait for its next
 * tick; and keeping the clock running with a compositor-only animation while the log has focus
 * closed the idle frame early (p50 8.5).
 */
import { readFileSync } from 'node:fs';

/** What the page sees, in order: a character, Enter, or Ctrl+S (two keydowns: Control, then s). */
export type Step = { char: string } | 'enter' | 'save';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { type?: string } };
  id2?: { local?: string };
  id?: string;
}

type Kind = 'char' | 'enter' | 'control' | 'save' | 'frame' | 'gc' | 'after save' | 'after enter' | 'other';

interface Task {
  ts: number;
  end: number;
  cpu: number;
  kind: Kind | null;
}

const BUSY_MS = 4;
const OWN_MS = 8;
const FRAME_PARTS = new Set(['FireAnimationFrame', 'PrePaint', 'Paint', 'Layerize', 'Commit']);
const GC_PARTS = new Set(['MinorGC', 'MajorGC', 'V8.GCScavenger', 'V8.GCIncrementalMarking', 'V8.GCFinalizeMC']);

/** The renderer's main thread: the CrRendererMain with the most events (the page, not a worker). */
function mainThread(events: readonly TraceEvent[]): (e: TraceEvent) => boolean {
  const named = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const counts = new Map<string, number>();
  for (const e of events) if (named.has(`${e.pid}:${e.tid}`)) counts.set(`${e.pid}:${e.tid}`, (counts.get(`${e.pid}:${e.tid}`) ?? 0) + 1);
  const main = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  return (e) => `${e.pid}:${e.tid}` === main;
}

/** The main thread's top-level tasks, each named by what ran in it; keydowns by the typing plan. */
function tasksOf(events: readonly TraceEvent[], keydowns: readonly Kind[]): Task[] {
  const onMain = mainThread(events);
  const spans = events.filter((e) => onMain(e) && e.ph === 'X' && e.dur !== undefined).sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const tasks: Task[] = [];
  let keydown = 0;
  for (const e of spans) {
    const last = tasks.at(-1);
    const task = last && e.ts < last.end ? last : null;
    if (!task) {
      tasks.push({ ts: e.ts, end: e.ts + (e.dur ?? 0), cpu: (e.tdur ?? 0) / 1000, kind: null });
      continue;
    }
    if (e.name === 'EventDispatch' && e.args?.data?.type === 'keydown') task.kind = keydowns[keydown++] ?? 'other';
    else if (task.kind === null && FRAME_PARTS.has(e.name)) task.kind = 'frame';
    else if (task.kind === null && GC_PARTS.has(e.name)) task.kind = 'gc';
  }
  // What follows a save or an Enter (the save's answer and its redraws, the new line's) is theirs.
  let save = -Infinity;
  let enter = -Infinity;
  for (const task of tasks) {
    if (task.kind === 'save') save = task.ts;
    if (task.kind === 'enter') enter = task.ts;
    if (task.kind !== null) continue;
    task.kind = save > enter && task.ts - save < 400_000 ? 'after save' : task.ts - enter < 300_000 ? 'after enter' : 'other';
  }
  return tasks;
}

/** The slow keys by cause, and the main thread's CPU per key and per frame, as lines to print. */
export function explainTrace(file: string, plan: readonly Step[], targetMs: number): string[] {
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
  const keydowns = plan.flatMap((step): Kind[] => (step === 'save' ? ['control', 'save'] : step === 'enter' ? ['enter'] : ['char']));
  const tasks = tasksOf(events, keydowns);
  const charTasks = tasks.filter((t) => t.kind === 'char');
  const begins = new Map<string, number>();
  const keys: { ts: number; end: number }[] = [];
  for (const e of events) {
    if (e.name !== 'key to frame') continue;
    const id = e.id2?.local ?? e.id ?? '';
    if (e.ph === 'b') begins.set(id, e.ts);
    else if (e.ph === 'e' && begins.has(id)) keys.push({ ts: begins.get(id) ?? 0, end: e.ts });
  }
  keys.sort((a, b) => a.ts - b.ts);
  const causes = new Map<string, number>();
  keys.forEach((key, i) => {
    if (key.end - key.ts <= targetMs * 1000) return;
    const own = charTasks[i];
    const busy = new Map<Kind, number>();
    for (const task of tasks) {
      if (task === own || task.end <= key.ts || task.ts >= key.end || task.kind === null) continue;
      busy.set(task.kind, (busy.get(task.kind) ?? 0) + (Math.min(task.end, key.end) - Math.max(task.ts, key.ts)) / 1000);
    }
    const [worst, ms] = [...busy].sort((a, b) => b[1] - a[1])[0] ?? ['other', 0];
    const cause = ms >= BUSY_MS ? worst : own && (own.end - own.ts) / 1000 >= OWN_MS ? 'own key' : 'vsync';
    causes.set(cause, (causes.get(cause) ?? 0) + 1);
  });
  const middle = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]?.toFixed(2) ?? '-';
  const cpuOf = (kind: Kind) => tasks.filter((t) => t.kind === kind).map((t) => t.cpu);
  const slow = [...causes.values()].reduce((sum, n) => sum + n, 0);
  return [
    `${slow} of ${keys.length} keys over ${targetMs} ms, by cause: ${[...causes].sort((a, b) => b[1] - a[1]).map(([cause, n]) => `${cause} ${n}`).join(', ')}`,
    `main thread CPU (traced), median ms: a key's task ${middle(cpuOf('char'))}, a frame ${middle(cpuOf('frame'))}, an Enter ${middle(cpuOf('enter'))}, a save's start ${middle(cpuOf('save'))}; all tasks ${tasks.reduce((sum, t) => sum + t.cpu, 0).toFixed(0)}`,
  ];
}
