// Dependencies pinned by the lockfile (issue 9): an install on any machine gets byte-for-byte the packages we
// tested, and a new runtime dependency (code that ships inside the extension) cannot slip in unreviewed.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const readJson = (file: string) => JSON.parse(readFileSync(resolve(ROOT, file), 'utf8'));

interface LockEntry {
  version?: string;
  integrity?: string;
  resolved?: string;
  link?: boolean;
  dev?: boolean;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

const manifest = readJson('package.json') as Record<string, Record<string, string> | undefined>;
const lock = readJson('package-lock.json') as { lockfileVersion: number; packages: Record<string, LockEntry> };
const EXACT = /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/;

/** What the extension ships with, each reviewed: Preact renders the UI, yaml reads YAML banks. */
const REVIEWED_RUNTIME_PACKAGES = ['preact', 'yaml'];

describe('dependencies', () => {
  it('are pinned to exact versions in package.json (no ranges, tags, git or file specs)', () => {
    const specs = { ...manifest.dependencies, ...manifest.devDependencies, ...manifest.overrides };
    const loose = Object.entries(specs).filter(([, spec]) => !EXACT.test(spec));
    expect(loose).toEqual([]);
  });

  it('are locked at those versions, each with an integrity hash, from the npm registry only', () => {
    expect(lock.lockfileVersion).toBeGreaterThanOrEqual(3);
    const root = lock.packages['']!;
    expect(root.dependencies).toEqual(manifest.dependencies);
    expect(root.devDependencies).toEqual(manifest.devDependencies);
    for (const [name, version] of Object.entries({ ...manifest.dependencies, ...manifest.devDependencies })) {
      expect(lock.packages[`node_modules/${name}`]?.version, name).toBe(version);
    }
    const installed = Object.entries(lock.packages).filter(([path, entry]) => path !== '' && !entry.link);
    const unverifiable = installed.filter(([, entry]) => !entry.integrity?.startsWith('sha512-')).map(([path]) => path);
    const elsewhere = installed.filter(([, entry]) => entry.resolved && !entry.resolved.startsWith('https://registry.npmjs.org/')).map(([path]) => path);
    expect(unverifiable).toEqual([]);
    expect(elsewhere).toEqual([]);
  });

  it('ship only the reviewed runtime packages (everything else is a build or test tool)', () => {
    const runtime = Object.entries(lock.packages)
      .filter(([path, entry]) => path.startsWith('node_modules/') && !entry.dev)
      .map(([path]) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length));
    expect(runtime.sort()).toEqual(REVIEWED_RUNTIME_PACKAGES);
  });
});
