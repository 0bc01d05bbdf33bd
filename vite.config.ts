// Builds the client shell (src/client) and its service worker (sw/sw.ts) into dist/, which the server serves at /.
// Must not hold app logic or server settings: only bundling, the PWA manifest and the dev/preview proxy to the API.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

// The API server (npm start) listens here; dev and preview forward /api to it so the app stays same-origin.
const apiTarget = process.env.ANXIN_API_URL ?? 'http://127.0.0.1:8080';
const proxy = { '/api': { target: apiTarget, changeOrigin: false } };

// Deep teal of the logo: the browser chrome and splash screen colour.
const themeColor = '#0b5d5b';

export default defineConfig({
  plugins: [
    react(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'sw',
      filename: 'sw.ts',
      // main.tsx registers the worker with workbox-window, only in production builds.
      injectRegister: false,
      // The glob below already precaches public/icons; adding the manifest icons again only duplicates entries.
      includeManifestIcons: false,
      injectManifest: {
        // The district outline is the offline basemap of a later issue: precache it with the shell.
        globPatterns: ['**/*.{js,css,html,svg,png,woff2}', 'geo/*.geojson'],
        maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
      },
      manifest: {
        id: '/',
        name: 'Anxin 安心 12345',
        short_name: '安心',
        description: '咸阳 12345 便民服务热线 · Xianyang 12345 convenience-service hotline',
        lang: 'zh-CN',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: themeColor,
        background_color: '#ffffff',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
    }),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    // Keep the 2-core build quick: no gzip size report.
    reportCompressedSize: false,
  },
  server: { port: 5173, proxy },
  preview: { port: 4173, proxy },
});
