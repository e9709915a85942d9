/**
 * Small seeded PRNGs. The benchmark must build the same corpus and pick the same queries on
 * every run and every machine, so nothing here touches Math.random.
 */

export type Rng = () => number;

/** splitmix32: mixes an integer into a well-spread 32-bit value (used to derive seeds). */
export function mix32(value: number): number {
  let z = (value + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/** mulberry32: fast, 32 bits of state, plenty for picking words. Returns floats in [0, 1). */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A generator for item `index` of a stream: item i is the same whatever was generated before it. */
export function rngFor(seed: number, stream: number, index: number): Rng {
  return createRng(mix32(mix32(mix32(seed) ^ stream) ^ index));
}

export function randomInt(rng: Rng, min: number, maxInclusive: number): number {
  return min + Math.floor(rng() * (maxInclusive - min + 1));
}

export function pick<T>(rng: Rng, items: readonly T[]): T {
  const item = items[Math.floor(rng() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}
