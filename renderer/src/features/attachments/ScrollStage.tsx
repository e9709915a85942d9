import type { ReactNode } from 'react';

/**
 * The area a picture or a PDF page is shown in; it scrolls when the content is larger (1:1, a
 * zoom). A scroller must be reachable without a mouse (WCAG 2.1.1), so it takes focus and is
 * named as a region; arrow keys then scroll it.
 */
export function ScrollStage({ label, actualSize = false, children }: { label: string; actualSize?: boolean; children: ReactNode }) {
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrolling region, see above
    <div className={actualSize ? 'attachment-viewer__stage attachment-viewer__stage--actual' : 'attachment-viewer__stage'} role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
