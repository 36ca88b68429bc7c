import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, authProvider } from './App';
import { startAtSignIn } from './auth/startAtSignIn';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// Signed out, the panel opens on its sign-in page directly (see ./auth/startAtSignIn).
startAtSignIn(authProvider).then(() =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
