import { mountHarness } from './mount-harness';
import { useState } from 'react';
import { RichTextEditor } from '../../../renderer/src/components/rich-text/RichTextEditor';
import { useI18n } from '../../../renderer/src/i18n/use-i18n';
import type { RichDoc } from '../../../shared/domain/rich-text';

/** What the page's editor last reported, and the links it was asked to open, for the test to read. */
export interface RichTextProbe {
  doc: RichDoc | null;
  plain: string;
  opened: string[];
}

declare global {
  interface Window {
    richTextProbe: RichTextProbe;
    /** Set by the test before the page loads: a stored document to open, and whether to open it read-only. */
    richTextInitial?: { doc: RichDoc; readOnly: boolean };
  }
}

/**
 * The RichTextEditor alone on a page served with the app's own CSP and stylesheet (see
 * tests/e2e/rich-text.spec.ts): until an entry editor carries it, this is how it is driven in
 * real Chromium. onOpenLink only records: the caller's decision (the preference, a confirmation,
 * link:open) is the caller's to test.
 */
function Harness() {
  const { t } = useI18n();
  const [doc, setDoc] = useState<RichDoc | null>(window.richTextInitial?.doc ?? null);
  return (
    <main className="rich-text-harness">
      <h1 className="field__label" id="body-label">
        {t('editor.body')}
      </h1>
      <RichTextEditor
        id="body"
        labelledBy="body-label"
        value={doc}
        onChange={(next, plain) => {
          setDoc(next);
          window.richTextProbe.doc = next;
          window.richTextProbe.plain = plain;
        }}
        readOnly={window.richTextInitial?.readOnly}
        onOpenLink={(url) => window.richTextProbe.opened.push(url)}
      />
    </main>
  );
}

window.richTextProbe = { doc: null, plain: '', opened: [] };
mountHarness(<Harness />);
