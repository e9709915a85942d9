import { Fragment } from 'react';
import type { TextSegment } from '../../../../shared/domain/search';

/**
 * Matched words as React text inside <mark>: a note can contain anything, including markup,
 * and it is only ever text here. Never innerHTML (the CSP's Trusted Types would refuse it anyway).
 */
export function Highlighted({ segments, className }: { segments: TextSegment[]; className?: string }) {
  return (
    <span className={className} dir="auto">
      {segments.map((segment, index) =>
        segment.hit ? <mark key={index}>{segment.text}</mark> : <Fragment key={index}>{segment.text}</Fragment>,
      )}
    </span>
  );
}
