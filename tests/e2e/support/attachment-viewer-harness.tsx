// The app's own first import: zod must not compile validators with eval under the CSP.
import '../../../renderer/src/zod-jitless';
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { AttachmentViewer } from '../../../renderer/src/features/attachments/AttachmentViewer';
import { I18nProvider } from '../../../renderer/src/i18n/I18nProvider';
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
const language = new URLSearchParams(window.location.search).get('lang') === 'ar' ? 'ar' : 'en';
const container = document.getElementById('root');
if (!container) throw new Error('#root missing');
createRoot(container).render(
  <StrictMode>
    <I18nProvider initial={language} initialDigits="latn">
      <Harness />
    </I18nProvider>
  </StrictMode>,
);
