#!/usr/bin/env node
// `npm test`: every check, in the order a failure is cheapest to find. Stops at the first failing step and
// exits non-zero; ends with the steps' timings and one line counting every test that ran.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const REPORTS = 'tests/artifacts/reports';
/** A vitest run that also writes a JSON report, so the closing line can count its tests. */
const vitest = (config, report) => ['npx', ['vitest', 'run', '--config', config, '--reporter=default', '--reporter=json', `--outputFile.json=${REPORTS}/${report}.json`], report];

const steps = [
  ['type-check', 'npx', ['tsc', '--noEmit']],
  ['phrase bank validation', 'node', ['src/cli/composure.mjs', 'validate']],
  ['unit tests', ...vitest('tests/vitest.config.ts', 'unit')],
  ['Chrome build', 'npx', ['wxt', 'build']],
  ['bundle budget (content-script code ≤ 60 KB gzip)', 'node', ['tests/bench/bundle-size.mjs']],
  ['Firefox build', 'npx', ['wxt', 'build', '-b', 'firefox']],
  ['manifest and bundle checks', 'node', ['tests/trust/check-manifests.mjs']],
  ['dependency audit (npm audit --omit=dev, high)', 'node', ['tests/trust/audit.mjs']],
  ['Firefox lint (web-ext)', 'npx', ['web-ext', 'lint', '--source-dir', '.output/firefox-mv3', '--self-hosted']],
  ['e2e build', 'npx', ['wxt', 'build', '--mode', 'e2e']],
  ['end-to-end tests (Chromium)', ...vitest('tests/e2e/vitest.config.ts', 'e2e')],
];

rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS, { recursive: true });
const totals = { passed: 0, failed: 0 };
const count = (report) => {
  const file = `${REPORTS}/${report}.json`;
  if (!report || !existsSync(file)) return;
  const json = JSON.parse(readFileSync(file, 'utf8'));
  totals.passed += json.numPassedTests ?? 0;
  totals.failed += (json.numFailedTests ?? 0) + (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0);
};

const results = [];
let failedStep;
for (const [name, command, args, report] of steps) {
  process.stdout.write(`\n=== ${name}: ${command} ${args.join(' ')}\n`);
  const started = Date.now();
  const run = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  count(report);
  results.push(`${run.status === 0 ? 'ok  ' : 'FAIL'} ${name} (${seconds}s)`);
  if (run.status !== 0) {
    failedStep = name;
    break;
  }
}
console.log(`\n${results.join('\n')}\n`);
if (failedStep) {
  console.log(`npm test: "${failedStep}" failed.`);
  if (totals.failed === 0) totals.failed = 1; // a failing non-test step still fails the run
}
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed`);
process.exit(failedStep ? 1 : 0);
