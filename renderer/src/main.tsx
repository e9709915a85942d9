// Must stay the first import: see zod-jitless.ts.
import './zod-jitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Boot } from './app/Boot';
import { registerTeardown } from './app/teardown';
import './styles/tokens.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/components.css';

const container = document.getElementById('root');
if (!container) throw new Error('#root missing from index.html');
const root = createRoot(container);
registerTeardown(() => root.unmount());
root.render(
  <StrictMode>
    <Boot />
  </StrictMode>,
);
