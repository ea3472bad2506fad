#!/usr/bin/env node
// The `composure` command. The CLI is TypeScript shared with the extension's engine; tsx runs it
// without a separate build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2));
