import { describe, expect, it } from 'vitest';
import { lastTypedScript, mainScript } from '../../../renderer/src/components/keyboard-script';

describe('keyboard script', () => {
  it('is the script of the last letter typed; digits, spaces and symbols say nothing', () => {
    expect(lastTypedScript('violet harbor شس')).toBe('arabic');
    expect(lastTypedScript('شمس k 12 !')).toBe('latin');
    expect(lastTypedScript('1234 !?')).toBeNull();
    expect(lastTypedScript('')).toBeNull();
  });

  it('the main script of a passphrase is the one most of its letters are in', () => {
    expect(mainScript('violet harbor ش')).toBe('latin');
    expect(mainScript('شمس قمر x')).toBe('arabic');
    expect(mainScript('a ب')).toBeNull();
  });
});
