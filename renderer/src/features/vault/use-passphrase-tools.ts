import { useEffect, useState } from 'react';
import type { suggestPassphrase } from '../../../../shared/domain/passphrase-generator';
import type { estimateStrength } from '../../../../shared/domain/passphrase-strength';

export interface PassphraseTools {
  estimateStrength: typeof estimateStrength;
  suggestPassphrase: typeof suggestPassphrase;
}

let tools: Promise<PassphraseTools> | undefined;

/**
 * The estimator, its dictionaries and the word list are ~1.7 MB of script. Loaded on demand,
 * they cost nothing on the unlock screen, where every session starts; the screens that choose a
 * passphrase load them once, in a few milliseconds from the app's own files.
 */
function loadTools(): Promise<PassphraseTools> {
  tools ??= Promise.all([import('../../../../shared/domain/passphrase-strength'), import('../../../../shared/domain/passphrase-generator')]).then(
    ([strength, generator]) => ({ estimateStrength: strength.estimateStrength, suggestPassphrase: generator.suggestPassphrase }),
  );
  return tools;
}

/** The tools once loaded; null for the first moments after the form appears. */
export function usePassphraseTools(): PassphraseTools | null {
  const [loaded, setLoaded] = useState<PassphraseTools | null>(null);
  useEffect(() => {
    let mounted = true;
    void loadTools().then((ready) => {
      if (mounted) setLoaded(ready);
    });
    return () => {
      mounted = false;
    };
  }, []);
  return loaded;
}
