import type { Page } from '@playwright/test';

/**
 * Counts the React components that rendered, from outside the app: the page gets a stand-in for
 * React DevTools' global hook before React loads, and React (production builds too) reports
 * every commit to it. Test and bench only: the app carries no counter of its own.
 *
 * A component rendered in a commit when its fiber is not the object the previous commit held
 * (React renders into the alternate fiber; a skipped subtree keeps the very same objects, flags
 * and all) and it did work (PerformedWork: a memo that compared equal did none).
 * Runs in the page as source, so plain JS.
 */
export const RENDER_COUNTER_SCRIPT = `(() => {
  const PERFORMED_WORK = 1;
  // Function, class, forwardRef and simple-memo components: the things that "render".
  const COMPONENT_TAGS = new Set([0, 1, 11, 15]);
  let previous = new WeakSet();
  const counts = new Map();
  const walk = (fiber, seen) => {
    for (let node = fiber; node; node = node.sibling) {
      seen.add(node);
      if (COMPONENT_TAGS.has(node.tag) && !previous.has(node) && (node.flags & PERFORMED_WORK) !== 0) {
        const name = node.type?.displayName || node.type?.name || node.type?.render?.name || node.type?.type?.name || '?';
        counts.set(name, (counts.get(name) ?? 0) + 1);
      }
      if (node.child) walk(node.child, seen);
    }
  };
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject(renderer) { this.renderers.set(1, renderer); return 1; },
    checkDCE() {},
    onScheduleFiberRoot() {},
    onCommitFiberUnmount() {},
    onPostCommitFiberRoot() {},
    onCommitFiberRoot(_id, root) {
      const seen = new WeakSet();
      walk(root.current, seen);
      previous = seen;
    },
  };
  window.__renderCounts = {
    reset: () => counts.clear(),
    read: () => Object.fromEntries(counts),
  };
})();`;

/** Components rendered since the last reset, by name (minified names in a production build). */
export type RenderCounts = Record<string, number>;

export async function installRenderCounter(page: Page): Promise<void> {
  await page.addInitScript(RENDER_COUNTER_SCRIPT);
}

export async function resetRenders(page: Page): Promise<void> {
  await page.evaluate('window.__renderCounts.reset()');
}

export async function readRenders(page: Page): Promise<RenderCounts> {
  return page.evaluate<RenderCounts>('window.__renderCounts.read()');
}

export const totalRenders = (counts: RenderCounts) => Object.values(counts).reduce((a, b) => a + b, 0);
