import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

/** The e2e build (`--mode e2e`) also runs on the local demo helpdesk and fixtures. */
const E2E_EXTRA_MATCHES = ['http://localhost/*'];
/**
 * …and holds the host permission for it up front, so the team-bank test's permission request (for the demo
 * server's bank file) resolves without a prompt Playwright could not click.
 */
const E2E_HOST_PERMISSIONS = ['http://localhost/*'];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifestVersion: 3,
  // Only what ships: the toolbar icons (assets/ also holds their SVG source and the script that renders them).
  publicDir: 'assets/extension',
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    name: 'Composure',
    description:
      'Calm, fast phrase suggestions for support agents answering difficult customers. Runs entirely in your browser.',
    // `alarms`: the team bank is checked again every few hours (no install warning). See assets/PRIVACY.md.
    permissions: ['storage', 'alarms'],
    // A team bank's host is asked for when the agent adds its URL (options page), never at install.
    optional_host_permissions: ['https://*/*'],
    action: { default_title: 'Composure' },
    // Defaults chosen to clash with neither the helpdesks (Zendesk and Freshdesk use `/`, `?`, single letters and
    // Ctrl/Alt combinations of their own) nor the browser (Chrome reserves Alt+Shift+I, T, A, B…); agents can
    // change them at chrome://extensions/shortcuts or about:addons.
    commands: {
      'toggle-sidebar': { suggested_key: { default: 'Alt+Shift+K' }, description: 'Show or hide the Composure sidebar' },
      'focus-search': { suggested_key: { default: 'Alt+Shift+J' }, description: 'Search Composure phrases' },
    },
    // Chrome/Edge check what an admin pushes (team bank URL or a whole bank) against this schema; Firefox has
    // no schema for policies and ignores the key, so it is left out there (src/team-bank/policy.ts checks anyway).
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed_schema.json' } }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'composure@composure.dev',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  hooks: {
    // The e2e build goes to .output/e2e and widens the content-script matches to localhost, so the
    // production manifest never carries a test host.
    'config:resolved': (wxt) => {
      if (wxt.config.mode === 'e2e') wxt.config.outDir = resolve(wxt.config.outBaseDir, 'e2e');
    },
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.mode !== 'e2e') return;
      for (const script of manifest.content_scripts ?? []) {
        script.matches = [...(script.matches ?? []), ...E2E_EXTRA_MATCHES];
      }
      manifest.host_permissions = [...(manifest.host_permissions ?? []), ...E2E_HOST_PERMISSIONS];
    },
  },
});
