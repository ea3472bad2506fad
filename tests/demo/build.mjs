// Builds the demo helpdesk pages (tests/demo/pages) into tests/demo/dist with Vite.
// Skips the build when dist is newer than every source, so repeated test runs start fast.
//
//   node tests/demo/build.mjs          build if stale
//   node tests/demo/build.mjs --force  always build

import { readdir, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';

const HERE = dirname(fileURLToPath(import.meta.url));
const PAGES = join(HERE, 'pages');
export const DIST = join(HERE, 'dist');
/** Written last, so a build that died half-way never counts as fresh. */
const STAMP = join(DIST, '.built');

const NODE_MODULES = join(HERE, '..', '..', 'node_modules');

/** One HTML entry per page folder; the server maps URLs to these (see server.mjs). */
const ENTRIES = ['zendesk', 'freshdesk', 'plain', 'prosemirror', 'quill', 'iframe', 'iframe-app'];

/** The installed packages the output depends on: the bundler and the real editors. */
const PACKAGES = ['vite', 'ckeditor5', 'froala-editor', 'quill', 'prosemirror-view', 'prosemirror-state', 'prosemirror-model'];

async function newestMtime(dir) {
  let newest = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const mtime = entry.isDirectory() ? await newestMtime(path) : (await stat(path)).mtimeMs;
    newest = Math.max(newest, mtime);
  }
  return newest;
}

/** Page sources, this script, and the installed versions of the packages the output depends on. */
async function newestSourceMtime() {
  // By path, not require.resolve: several of these packages do not export their package.json.
  const singles = [fileURLToPath(import.meta.url), ...PACKAGES.map((name) => join(NODE_MODULES, name, 'package.json'))];
  const times = await Promise.all(singles.map(async (path) => (await stat(path)).mtimeMs));
  return Math.max(await newestMtime(PAGES), ...times);
}

async function isFresh() {
  try {
    return (await stat(STAMP)).mtimeMs > (await newestSourceMtime());
  } catch {
    return false; // no stamp yet
  }
}

let running;

/**
 * Builds the demo into tests/demo/dist unless it is already up to date.
 * Returns whether a build ran and how long it took.
 */
export function buildDemo({ force = false } = {}) {
  // Callers in one process share one build rather than racing on the same output folder.
  running ??= runBuild(force).finally(() => {
    running = undefined;
  });
  return running;
}

async function runBuild(force) {
  if (!force && (await isFresh())) return { built: false, ms: 0, outDir: DIST };
  const started = performance.now();
  await build({
    configFile: false,
    root: PAGES,
    base: '/',
    publicDir: false,
    logLevel: 'warn',
    build: {
      outDir: DIST,
      emptyOutDir: true,
      // CKEditor and Froala are large chunks by nature; the demo is served locally, so size is not a concern.
      chunkSizeWarningLimit: 3000,
      // Never turn a page's file into a data: URI: /strict's CSP allows only same-origin images, so the plain
      // page's favicon must stay a file. (No other page asset is small enough to be affected.)
      assetsInlineLimit: 0,
      rollupOptions: {
        input: Object.fromEntries(ENTRIES.map((name) => [name, join(PAGES, name, 'index.html')])),
      },
    },
  });
  await writeFile(STAMP, `${new Date().toISOString()}\n`);
  return { built: true, ms: Math.round(performance.now() - started), outDir: DIST };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    const result = await buildDemo({ force: process.argv.includes('--force') });
    console.log(result.built ? `demo built in ${result.ms} ms → ${result.outDir}` : `demo up to date → ${result.outDir}`);
  } catch (error) {
    console.error(`demo build failed: ${error instanceof Error ? error.message : error}`);
    process.exitCode = 1;
  }
}
