import { mountHarness } from './mount-harness';
import { useState } from 'react';
import { AttachmentViewer } from '../../../renderer/src/features/attachments/AttachmentViewer';
import type { Attachment } from '../../../shared/domain/attachments';

declare global {
  interface Window {
    /** Set by the test before the page loads: the attachments the real core stored. */
    viewerAttachments: Attachment[];
    /** How many times the viewer asked for a copy to be saved. */
    viewerSaveCopies: number;
  }
}

/**
 * The AttachmentViewer alone on a page served with the app's own CSP and stylesheet (see
 * tests/e2e/attachment-viewer.spec.ts): one opener button per attachment (its name), as the
 * attachments panel will have, so focus has somewhere to return to.
 */
function Harness() {
  const [open, setOpen] = useState<Attachment | null>(null);
  return (
    <main>
      <h1>Attachments</h1>
      <ul>
        {window.viewerAttachments.map((attachment) => (
          <li key={attachment.id}>
            <button type="button" className="button" onClick={() => setOpen(attachment)}>
              {attachment.name}
            </button>
          </li>
        ))}
      </ul>
      {open && <AttachmentViewer attachment={open} onClose={() => setOpen(null)} onSaveCopy={() => (window.viewerSaveCopies += 1)} />}
    </main>
  );
}

window.viewerSaveCopies = 0;
mountHarness(<Harness />);
