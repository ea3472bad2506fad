import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { buildDemo } from '../demo/build.mjs';
import { startDemoServer } from '../demo/server.mjs';
import { CHROMIUM, EXTENSION_DIR } from './paths';

/**
 * Builds the demo helpdesk (skipped when fresh) and serves it; the extension build is the npm script's job.
 * Refuses to run half-prepared: a missing piece is named.
 */
export default async function setup(project: TestProject) {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install it with "apt-get install -y chromium" (.ci/run does).`);
  }
  if (!existsSync(`${EXTENSION_DIR}/manifest.json`)) {
    throw new Error(`No e2e build at ${EXTENSION_DIR}: run "npm run build:e2e" first (npm run test:e2e does).`);
  }
  await buildDemo();
  const server = await startDemoServer({ port: 0 });
  project.provide('demoUrl', server.url);
  return () => server.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    demoUrl: string;
  }
}
