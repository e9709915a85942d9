// probe: renderer/src/features/notebook/Probe.tsx
// rule: none
import { useState } from 'react';
import { ENTRY_KINDS } from '../../../../shared/domain/entries';

export function Probe({ text }: { text: string }) {
  const [shown] = useState(ENTRY_KINDS[0]);
  return <p dir="auto">{shown}: {text}</p>;
}
