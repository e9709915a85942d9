import { webcrypto } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DICEWARE_WORDS } from '../../../shared/domain/diceware-words';
import { suggestPassphrase, uniformIndex, type RandomFill } from '../../../shared/domain/passphrase-generator';
import { estimateStrength } from '../../../shared/domain/passphrase-strength';

/** A fill that hands out the given values in order and counts how many it was asked for. */
function scripted(values: number[]): RandomFill & { draws: number } {
  const fill = Object.assign(
    (array: Uint32Array) => {
      array.forEach((_, index) => {
        const next = values[fill.draws];
        if (next === undefined) throw new Error('ran out of scripted values');
        array[index] = next;
        fill.draws += 1;
      });
      return array;
    },
    { draws: 0 },
  );
  return fill;
}

const cryptoFill: RandomFill = (values) => webcrypto.getRandomValues(values);
const TWO_32 = 2 ** 32;

describe('the suggestion word list', () => {
  it('is the EFF large list: 7,776 distinct lowercase words', () => {
    expect(DICEWARE_WORDS).toHaveLength(7776);
    expect(new Set(DICEWARE_WORDS).size).toBe(7776);
    expect(DICEWARE_WORDS.every((word) => /^[a-z]{3,9}$/.test(word))).toBe(true);
  });
});

describe('suggestPassphrase', () => {
  it('draws six words from the list, says their entropy, and passes the rule as strong', () => {
    const suggestion = suggestPassphrase(cryptoFill);
    expect(suggestion.words).toHaveLength(6);
    for (const word of suggestion.words) expect(DICEWARE_WORDS).toContain(word);
    expect(suggestion.phrase).toBe(suggestion.words.join(' '));
    expect(suggestion.bits).toBe(77.5);
    const strength = estimateStrength(suggestion.phrase);
    expect(strength.accepted).toBe(true);
    expect(strength.level).toBe(4);
  });

  it('maps each random value to the word at that index', () => {
    const fill = scripted([0, 1, 7775, 7776, 2 * 7776 + 5]);
    expect(suggestPassphrase(fill, 5).words).toEqual([DICEWARE_WORDS[0], DICEWARE_WORDS[1], DICEWARE_WORDS[7775], DICEWARE_WORDS[0], DICEWARE_WORDS[5]]);
  });
});

describe('uniformIndex: no modulo bias', () => {
  it.each([3, 7776, 1000, 2 ** 31 + 1])('with bound %i, the last full cycle maps to every index once and the rest is drawn again', (bound) => {
    const limit = TWO_32 - (TWO_32 % bound);
    expect(limit % bound).toBe(0);
    // The values just below the limit are one complete cycle of residues: accepted.
    const lastCycle = Array.from({ length: Math.min(bound, 4) }, (_, k) => limit - 1 - k);
    for (const value of lastCycle) expect(uniformIndex(bound, scripted([value]))).toBe(value % bound);
    // Values from the limit up (the incomplete cycle that would favour small indices) are rejected.
    if (limit < TWO_32) {
      const fill = scripted([limit, TWO_32 - 1, 2]);
      expect(uniformIndex(bound, fill)).toBe(2);
      expect(fill.draws).toBe(3);
    }
  });

  it('needs no redraw when the bound divides 2^32', () => {
    const fill = scripted([TWO_32 - 1]);
    expect(uniformIndex(2 ** 16, fill)).toBe(2 ** 16 - 1);
    expect(fill.draws).toBe(1);
  });

  it('refuses a bound it cannot honour', () => {
    expect(() => uniformIndex(0, cryptoFill)).toThrow(RangeError);
    expect(() => uniformIndex(1.5, cryptoFill)).toThrow(RangeError);
  });
});
