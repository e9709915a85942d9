import { describe, expect, it } from 'vitest';
import { decideRequest } from '../../../electron/main/security/request-filter';

describe('decideRequest: the zero-network rule', () => {
  it.each([
    'app://fieldnotes/index.html',
    'app://fieldnotes/',
    'app://fieldnotes/assets/index-BbG2HKs3.js',
    'app://fieldnotes/assets/index-BbG2HKs3.css?v=1',
    'app://fieldnotes/fonts/noto-naskh-arabic.woff2',
    'blob:app://fieldnotes/4f0b7c4e-9a2d-4a53-8d0b-64f0f5a0c1de',
  ])('allows the app’s own %s', (url) => {
    expect(decideRequest(url)).toBe('allow');
  });

  it.each([
    ['https', 'https://fonts.googleapis.com/css2?family=Noto+Sans'],
    ['http', 'http://127.0.0.1:5173/'],
    ['http localhost dev server', 'http://localhost:5173/@vite/client'],
    ['ws', 'ws://localhost:5173/'],
    ['wss', 'wss://evil.example/socket'],
    ['ftp', 'ftp://ftp.example.org/pub/'],
    ['file inside the repo', 'file:///work/main/out/renderer/index.html'],
    ['file: the vault', 'file:///home/officer/.config/Fieldnotes/vault/notebook.db'],
    ['data', 'data:text/html,<script>alert(1)</script>'],
    ['javascript', 'javascript:alert(1)'],
    ['chrome', 'chrome://gpu'],
    ['chrome-extension', 'chrome-extension://abcdefghijklmnop/background.js'],
    ['devtools by default', 'devtools://devtools/bundled/devtools_app.html'],
    ['filesystem', 'filesystem:app://fieldnotes/temporary/x'],
    ['another app host', 'app://evil/index.html'],
    ['app with credentials', 'app://user:pass@fieldnotes/index.html'],
    ['app with a port', 'app://fieldnotes:8080/index.html'],
    ['blob from another origin', 'blob:https://evil.example/4f0b7c4e-9a2d-4a53-8d0b-64f0f5a0c1de'],
    ['blob with a look-alike host', 'blob:app://fieldnotes.evil.example/4f0b7c4e'],
    ['unparsable', 'not a url'],
    ['empty', ''],
    ['mailto', 'mailto:defender@example.org'],
    ['uppercase HTTPS', 'HTTPS://EXAMPLE.ORG/'],
  ])('blocks %s', (_name, url) => {
    expect(decideRequest(url)).toBe('block');
  });

  it('allows devtools only when asked (unpackaged developer builds)', () => {
    expect(decideRequest('devtools://devtools/bundled/devtools_app.html', { allowDevtools: true })).toBe('allow');
    expect(decideRequest('https://chrome-devtools-frontend.appspot.com/', { allowDevtools: true })).toBe('block');
  });
});
