import { describe, expect, it } from 'vitest';
import { checkSender } from '../../../electron/main/security/sender';

const windows = new Set([1]);

describe('checkSender', () => {
  it('accepts the registered window’s main frame on the app origin', () => {
    expect(checkSender({ url: 'app://fieldnotes/index.html', isMainFrame: true, webContentsId: 1 }, windows)).toEqual({ ok: true });
    expect(checkSender({ url: 'app://fieldnotes/index.html#/search', isMainFrame: true, webContentsId: 1 }, windows)).toEqual({ ok: true });
  });

  it('refuses a window it did not create', () => {
    expect(checkSender({ url: 'app://fieldnotes/index.html', isMainFrame: true, webContentsId: 2 }, windows)).toEqual({ ok: false, reason: 'unknown-window' });
  });

  it('refuses a subframe, even on the app origin', () => {
    expect(checkSender({ url: 'app://fieldnotes/index.html', isMainFrame: false, webContentsId: 1 }, windows)).toEqual({ ok: false, reason: 'subframe' });
  });

  it.each([
    'https://evil.example/',
    'http://localhost:5173/',
    'file:///work/main/out/renderer/index.html',
    'app://evil/index.html',
    'app://fieldnotes.evil/index.html',
    'about:blank',
    'data:text/html,x',
    '',
  ])('refuses the foreign origin %j', (url) => {
    expect(checkSender({ url, isMainFrame: true, webContentsId: 1 }, windows)).toEqual({ ok: false, reason: 'foreign-origin' });
  });
});
