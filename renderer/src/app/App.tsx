import { useEffect, useState } from 'react';
import type { VaultState, VaultStatus } from '../../../shared/domain/vault';
import { ErrorAlert } from '../components/ErrorAlert';
import { Shell } from './Shell';
import { CreateVaultScreen } from '../features/vault/CreateVaultScreen';
import { UnlockScreen } from '../features/vault/UnlockScreen';
import { onEvent } from '../ipc/client';
import { PublicLayout } from './PublicLayout';
import { dropEverythingAndReload } from './teardown';

/** State-based routing: the vault state picks the screen; the notebook shell picks its own view. */
export function App({ initialStatus }: { initialStatus: VaultStatus | null }) {
  const [state, setState] = useState<VaultState | null>(initialStatus?.state ?? null);

  // Main locks on idle, sleep or its own menu: whatever the reason, drop everything decrypted.
  useEffect(() => {
    try {
      return onEvent('vault:locked', dropEverythingAndReload);
    } catch {
      return undefined;
    }
  }, []);

  if (state === null) {
    return (
      <PublicLayout>
        <ErrorAlert error={{ code: 'INTERNAL', message: 'no vault status' }} />
      </PublicLayout>
    );
  }
  if (state === 'unlocked') return <Shell />;
  return (
    <PublicLayout>
      {state === 'absent' ? (
        <CreateVaultScreen onCreated={() => setState('unlocked')} />
      ) : (
        <UnlockScreen
          initialRetryAfterMs={initialStatus?.retryAfterMs ?? 0}
          purgeFailed={initialStatus?.purgeFailed ?? false}
          onUnlocked={() => setState('unlocked')}
        />
      )}
    </PublicLayout>
  );
}
