#!/usr/bin/env node
// The bundle budget (issue 8): prints the raw and gzip size of every file the Chrome build ships
// (.output/chrome-mv3, made by `npx wxt build`), and exits 1 when the content script's JavaScript, gzip,
// WITHOUT the phrase-bank data, is over 60 KB (61 440 bytes). Run after the Chrome build:
//   node tests/bench/bundle-size.mjs
//
// How the bank data is left out, honestly: the data (phrasebank/phrases/*.json, avoid-rules.json, playbooks.json,
// signals/*.json) is bundled into the content script partly as `JSON.parse("…")` strings and partly as object
// literals, mixed in with the code, and gzip sizes do not add up, so subtracting the files' own gzip sizes would be
// a guess. Instead the content script is built a second time, into a temporary folder, from the same sources and
// the same wxt.config.ts, with one difference: every phrasebank JSON file is loaded as an empty object `{}`. The
// code is the same code (nothing depends on the data's values at build time), so that build's size is the
// content script's code alone (the budget is checked on it), and full size − that size is what the data costs.
// The second build takes a few seconds.
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const ROOT = resolve(import.meta.dirname, '../..');
const OUTPUT = join(ROOT, '.output/chrome-mv3');
const BUDGET = 60 * 1024;
const SHIPPED = /\.(js|css|html|json)$/;

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

function sizes(path) {
  const bytes = readFileSync(path);
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

function contentScriptsIn(dir) {
  const scripts = join(dir, 'content-scripts');
  return statSync(scripts, { throwIfNoEntry: false })?.isDirectory()
    ? readdirSync(scripts).filter((f) => f.endsWith('.js')).map((f) => join(scripts, f))
    : [];
}

/** Loads every phrasebank JSON file as `{}`: the build keeps all the code and none of the data. */
function withoutBankData() {
  const bankFile = new RegExp(`${sep === '\\' ? '\\\\' : '/'}phrasebank[\\\\/].*\\.json$`);
  return {
    name: 'composure-bundle-size:without-bank-data',
    enforce: 'pre',
    load(id) {
      return bankFile.test(id.split('?')[0]) ? '{}' : null;
    },
  };
}

/** Where the second build goes: inside .output like every build, so the `.wxt/tsconfig.json` that WXT rewrites
 * on each build keeps excluding the same `.output` folder. Removed afterwards. */
const CODE_ONLY_DIR = 'bundle-size-code-only';

async function buildWithoutData() {
  const { build } = await import('wxt');
  const outDir = join(ROOT, '.output', CODE_ONLY_DIR);
  try {
    await build({
      root: ROOT,
      outDir: join(ROOT, '.output'),
      outDirTemplate: CODE_ONLY_DIR,
      browser: 'chrome',
      mode: 'production',
      logger: { debug() {}, log() {}, info() {}, success() {}, warn: console.warn, error: console.error, fatal: console.error, level: 0 },
      vite: () => ({ plugins: [withoutBankData()] }),
    });
    const scripts = filesUnder(outDir).filter((f) => f.includes(`${sep}content-scripts${sep}`) && f.endsWith('.js'));
    if (scripts.length === 0) throw new Error(`the second build made no content script under ${outDir}`);
    return new Map(scripts.map((f) => [f.split(sep).at(-1), sizes(f)]));
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

async function main() {
  if (!statSync(OUTPUT, { throwIfNoEntry: false })?.isDirectory()) {
    console.error(`bundle-size: ${relative(process.cwd(), OUTPUT)} not found — run \`npx wxt build\` first.`);
    return 1;
  }
  const shipped = filesUnder(OUTPUT).filter((f) => SHIPPED.test(f)).sort();
  const rows = shipped.map((f) => ({ file: relative(OUTPUT, f), ...sizes(f) }));
  const width = Math.max(...rows.map((r) => r.file.length), 4);
  console.log(`Chrome build (${relative(process.cwd(), OUTPUT) || '.'}), gzip -9:`);
  console.log(`${'file'.padEnd(width)}  ${'raw'.padStart(10)}  ${'gzip'.padStart(10)}`);
  for (const r of rows) console.log(`${r.file.padEnd(width)}  ${kb(r.raw).padStart(10)}  ${kb(r.gzip).padStart(10)}`);
  const total = rows.reduce((sum, r) => ({ raw: sum.raw + r.raw, gzip: sum.gzip + r.gzip }), { raw: 0, gzip: 0 });
  console.log(`${'total'.padEnd(width)}  ${kb(total.raw).padStart(10)}  ${kb(total.gzip).padStart(10)}`);

  const scripts = contentScriptsIn(OUTPUT);
  if (scripts.length === 0) {
    console.error('bundle-size: the build has no content script (content-scripts/*.js)');
    return 1;
  }
  console.log('\nContent script without the bank data (second build, phrasebank JSON loaded as {}):');
  const codeOnly = await buildWithoutData();
  let over = false;
  for (const script of scripts) {
    const name = script.split(sep).at(-1);
    const full = sizes(script);
    const code = codeOnly.get(name);
    if (!code) {
      console.error(`bundle-size: the second build has no ${name}`);
      return 1;
    }
    const fits = code.gzip <= BUDGET;
    over ||= !fits;
    console.log(
      `${name}: code ${kb(code.gzip)} gzip (${kb(code.raw)} raw) + bank data ${kb(full.gzip - code.gzip)} gzip = ${kb(full.gzip)}; ` +
        `budget ${kb(BUDGET)} for the code: ${fits ? 'ok' : 'OVER'}`,
    );
  }
  if (over) console.error('bundle-size: the content script\'s code is over its 60 KB gzip budget.');
  return over ? 1 : 0;
}

process.exitCode = await main();
