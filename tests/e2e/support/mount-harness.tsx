// The app's own first import: zod must not compile validators with eval under the CSP. A
// harness page imports this module first, so the setting is in place before any schema is built.
import '../../../renderer/src/zod-jitless';
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nProvider } from '../../../renderer/src/i18n/I18nProvider';

/** Renders one harness page's content as the app would: strict mode, in the language the URL asks for. */
export function mountHarness(content: ReactNode): void {
  const language = new URLSearchParams(window.location.search).get('lang') === 'ar' ? 'ar' : 'en';
  const container = document.getElementById('root');
  if (!container) throw new Error('#root missing');
  createRoot(container).render(
    <StrictMode>
      <I18nProvider initial={language} initialDigits="latn">
        {content}
      </I18nProvider>
    </StrictMode>,
  );
}
