import react from '@vitejs/plugin-react';
import { defineConfig, type ProxyOptions } from 'vite';

// The API takes a cookie-authenticated write only from its own origin (or one it lists). Under `npm run dev`
// the admin's pages come from this server, so the proxy passes the browser's Host on unchanged
// (changeOrigin: false): the API then takes this server's origin for its own, which is what the pages' Origin
// names, while a request from any other page still names another origin and is refused.
const toApi: ProxyOptions = { target: 'http://127.0.0.1:4000', changeOrigin: false };

export default defineConfig({
  base: '/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // react-admin alone is ~1 MB of JS; the 500 kB warning would fire on every build and say nothing new.
    chunkSizeWarningLimit: 1000,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // React changes far less often than the app, so browsers keep it cached across releases. A wider
          // vendor group (MUI, react-admin) was tried and rejected: it drags the form-only code of the lazy
          // routes into the first load (+26 kB gzipped).
          groups: [{ name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ }],
        },
      },
    },
  },
  server: {
    proxy: { '/graphql': toApi, '/auth': toApi },
  },
});
