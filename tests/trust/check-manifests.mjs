#!/usr/bin/env node
// Minimal permissions and no remote code, checked on what ships: the BUILT production manifests and bundles
// (.output/chrome-mv3, .output/firefox-mv3), not the config that should produce them. Run after the builds:
//   node tests/trust/check-manifests.mjs [build dir…]
// Prints every check; exits 1 if any fails. The expected sets are written out here on purpose: widening the
// extension's reach (a permission, a host, a page it runs on) must be a visible change to this file.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const DEFAULT_BUILDS = ['.output/chrome-mv3', '.output/firefox-mv3'];

/**
 * Everything the extension asks the browser for. `storage`: the sidebar's settings, pins and choice counts.
 * `alarms`: the team bank is checked again every few hours (src/team-bank/background.ts).
 */
const EXPECTED_PERMISSIONS = ['storage', 'alarms'];
/**
 * Hosts asked for at run time only, one origin at a time, when the agent adds a team bank URL (the options page
 * requests exactly that origin). Nothing is granted at install.
 */
const EXPECTED_OPTIONAL_HOSTS = ['https://*/*'];
/** Chrome/Edge: the schema admins' policies are checked against (a file in the package); Firefox has none. */
const EXPECTED_MANAGED_SCHEMA = 'managed_schema.json';
/** The only pages the content script runs on. */
const EXPECTED_MATCHES = ['*://*.freshdesk.com/*', '*://*.zendesk.com/*'];
/** Manifest keys that open the extension to other origins or to code it does not ship. */
const FORBIDDEN_KEYS = ['externally_connectable', 'host_permissions', 'optional_permissions', 'sandbox', 'update_url'];
/** A CSP may tighten the default, never loosen it: only these sources may appear in it. */
const CSP_ALLOWED_SOURCES = new Set(["'self'", "'none'"]);
/** Code in a bundle that turns a string into code. */
const DYNAMIC_CODE = [
  { name: 'eval(', pattern: /\beval\s*\(/g },
  { name: 'new Function(', pattern: /\bnew\s+Function\s*\(/g },
  { name: 'Function("…") without new', pattern: /(?<![\w$.])Function\s*\(\s*["'`]/g },
  { name: 'string timer (setTimeout/setInterval with code text)', pattern: /\bset(Timeout|Interval)\s*\(\s*["'`]/g },
  { name: 'importScripts(', pattern: /\bimportScripts\s*\(/g },
];
/** Network APIs: listed (not failed) so a reviewer sees what the bundle could reach; the privacy e2e proves none fires. */
const NETWORK_APIS = /\b(fetch|XMLHttpRequest|sendBeacon|WebSocket|EventSource|RTCPeerConnection)\b/g;

let passed = 0;
let failed = 0;
function check(ok, what, detail = '') {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}${!ok && detail ? `\n       ${detail}` : ''}`);
}

const sameSet = (a, b) => a.length === b.length && [...a].sort().every((x, i) => x === [...b].sort()[i]);
const show = (value) => JSON.stringify(value);

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

function checkManifest(build, manifest) {
  check(manifest.manifest_version === 3, `${build}: manifest_version is 3`, `got ${show(manifest.manifest_version)}`);
  check(sameSet(manifest.permissions ?? [], EXPECTED_PERMISSIONS), `${build}: permissions are exactly ${show(EXPECTED_PERMISSIONS)}`, `got ${show(manifest.permissions)}`);
  const present = FORBIDDEN_KEYS.filter((key) => key in manifest && !(Array.isArray(manifest[key]) && manifest[key].length === 0));
  check(present.length === 0, `${build}: none of ${FORBIDDEN_KEYS.join(', ')}`, `present: ${present.join(', ')}`);
  check(
    sameSet(manifest.optional_host_permissions ?? [], EXPECTED_OPTIONAL_HOSTS),
    `${build}: optional_host_permissions are exactly ${show(EXPECTED_OPTIONAL_HOSTS)} (asked for per team-bank origin, at run time)`,
    `got ${show(manifest.optional_host_permissions)}`,
  );
  const storageKey = manifest.storage;
  const isFirefox = Boolean(manifest.browser_specific_settings?.gecko);
  const schemaOk = isFirefox
    ? storageKey === undefined
    : show(Object.keys(storageKey ?? {})) === show(['managed_schema']) &&
      storageKey.managed_schema === EXPECTED_MANAGED_SCHEMA &&
      existsSync(join(build, EXPECTED_MANAGED_SCHEMA));
  check(schemaOk, `${build}: storage is only the managed-policy schema ${EXPECTED_MANAGED_SCHEMA} (Chrome), packaged; absent on Firefox`, `got ${show(storageKey)}`);

  const scripts = manifest.content_scripts ?? [];
  const matches = [...new Set(scripts.flatMap((s) => s.matches ?? []))];
  check(sameSet(matches, EXPECTED_MATCHES), `${build}: content scripts match exactly ${EXPECTED_MATCHES.join(' and ')}`, `got ${show(matches)}`);
  const widened = scripts.flatMap((s) => s.include_globs ?? []);
  check(widened.length === 0, `${build}: no include_globs widening the matches`, `got ${show(widened)}`);
  check(scripts.every((s) => s.world !== 'MAIN'), `${build}: content scripts run in the isolated world, not the page's`, show(scripts.map((s) => s.world)));
  const text = JSON.stringify(manifest);
  check(!/localhost|127\.0\.0\.1|\[::1\]/.test(text), `${build}: no localhost or loopback address anywhere in the manifest`);

  const csp = manifest.content_security_policy;
  const cspTexts = csp === undefined ? [] : typeof csp === 'string' ? [csp] : Object.values(csp);
  const loosening = cspTexts.flatMap((policy) =>
    String(policy)
      .split(';')
      .flatMap((directive) => directive.trim().split(/\s+/).slice(1))
      .filter((source) => !CSP_ALLOWED_SOURCES.has(source)),
  );
  check(loosening.length === 0, `${build}: content_security_policy absent or only 'self'/'none' (no remote or unsafe sources)`, `found ${show(loosening)}`);

  const exposed = (manifest.web_accessible_resources ?? []).flatMap((entry) =>
    (typeof entry === 'string' ? [entry] : entry.resources ?? []).filter((r) => /\.(m?js|html?|wasm)$|\*/.test(r)),
  );
  check(exposed.length === 0, `${build}: web_accessible_resources expose no script, page, wasm or wildcard`, `exposed ${show(exposed)}`);

  const background = manifest.background ?? {};
  const backgroundFiles = [background.service_worker, ...(background.scripts ?? []), background.page].filter(Boolean);
  check(
    backgroundFiles.every((f) => !/^[a-z]+:/i.test(f) && existsSync(join(build, f))),
    `${build}: background code is packaged files only (${backgroundFiles.join(', ') || 'none'})`,
    show(backgroundFiles),
  );
  if (manifest.browser_specific_settings?.gecko) {
    const collection = manifest.browser_specific_settings.gecko.data_collection_permissions;
    check(sameSet(collection?.required ?? [], ['none']) && (collection?.optional ?? []).length === 0,
      `${build}: Firefox data_collection_permissions declare that nothing is collected`, show(collection));
  }
  if (manifest.commands) console.log(`     ${build}: commands (keyboard shortcuts, need no permission): ${Object.keys(manifest.commands).join(', ')}`);
}

function checkBundles(build) {
  const code = filesUnder(build).filter((f) => /\.(m?js|html)$/.test(f));
  check(code.length > 0, `${build}: has JavaScript to scan (${code.length} files)`);
  for (const { name, pattern } of DYNAMIC_CODE) {
    const hits = code.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(pattern)].map((m) => `${relative('.', file)}@${m.index}`));
    check(hits.length === 0, `${build}: no ${name} in the built code`, hits.slice(0, 10).join(', '));
  }
  for (const file of code) {
    const source = readFileSync(file, 'utf8');
    for (const m of source.matchAll(NETWORK_APIS)) {
      console.log(`     note ${relative('.', file)}: ${m[0]} in "…${source.slice(Math.max(0, m.index - 50), m.index + 40).replace(/\s+/g, ' ')}…"`);
    }
  }
}

const builds = process.argv.slice(2).length > 0 ? process.argv.slice(2) : DEFAULT_BUILDS;
for (const build of builds) {
  const manifestPath = join(build, 'manifest.json');
  if (!existsSync(manifestPath)) {
    check(false, `${build}: built manifest exists`, `no ${manifestPath}: run "npm run build" and "npm run build:firefox" first`);
    continue;
  }
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  } catch (error) {
    check(false, `${build}: manifest.json is valid JSON`, String(error));
    continue;
  }
  checkManifest(build, manifest);
  checkBundles(build);
}
console.log(`\nmanifest and bundle checks: ${passed} ok, ${failed} failing`);
process.exit(failed === 0 ? 0 : 1);
