#!/usr/bin/env node
// `npm test`: every check, in the order a failure is cheapest to find. Stops at the first failing step and
// exits non-zero; prints a summary of what ran with timings.
import { spawnSync } from 'node:child_process';

const steps = [
  ['type-check', 'npx', ['tsc', '--noEmit']],
  ['phrase bank validation', 'node', ['src/cli/composure.mjs', 'validate']],
  ['unit tests', 'npx', ['vitest', 'run', '--config', 'tests/vitest.config.ts']],
  ['Chrome build', 'npx', ['wxt', 'build']],
  ['Firefox build', 'npx', ['wxt', 'build', '-b', 'firefox']],
  ['Firefox lint (web-ext)', 'npx', ['web-ext', 'lint', '--source-dir', '.output/firefox-mv3', '--self-hosted']],
  ['e2e build', 'npx', ['wxt', 'build', '--mode', 'e2e']],
  ['end-to-end tests (Chromium)', 'npx', ['vitest', 'run', '--config', 'tests/e2e/vitest.config.ts']],
];

const results = [];
for (const [name, command, args] of steps) {
  process.stdout.write(`\n=== ${name}: ${command} ${args.join(' ')}\n`);
  const started = Date.now();
  const run = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  results.push(`${run.status === 0 ? 'ok  ' : 'FAIL'} ${name} (${seconds}s)`);
  if (run.status !== 0) {
    console.log(`\n${results.join('\n')}\n\nnpm test: "${name}" failed.`);
    process.exit(1);
  }
}
console.log(`\n${results.join('\n')}\n\nnpm test: all ${steps.length} steps passed.`);
