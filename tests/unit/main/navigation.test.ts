import { describe, expect, it } from 'vitest';
import { decideNavigation, decideWindowOpen } from '../../../electron/main/security/navigation';

describe('decideNavigation', () => {
  it.each(['app://fieldnotes/index.html', 'app://fieldnotes/', 'app://fieldnotes/index.html#/notes/42'])('allows the app shell %s', (url) => {
    expect(decideNavigation(url)).toBe('allow');
  });

  it.each([
    'https://www.state.gov/',
    'http://127.0.0.1:5173/',
    'file:///etc/passwd',
    'file:///home/officer/.config/Fieldnotes/vault/notebook.db',
    'app://fieldnotes/assets/index-BbG2HKs3.js',
    'app://fieldnotes/other.html',
    'app://evil/index.html',
    'javascript:alert(document.domain)',
    'data:text/html,<h1>phish</h1>',
    'about:blank',
    'chrome://settings',
    '',
  ])('denies %s', (url) => {
    expect(decideNavigation(url)).toBe('deny');
  });
});

describe('decideWindowOpen', () => {
  it.each(['https://example.org/', 'app://fieldnotes/index.html', 'about:blank', ''])('denies window.open(%j)', (url) => {
    expect(decideWindowOpen(url)).toBe('deny');
  });
});
