#!/usr/bin/env node
// Runs the TypeScript CLI directly so `npx dossier` works right after `npm install`, with no build step.
import { tsImport } from 'tsx/esm/api';

await tsImport('../electron/cli/main.ts', import.meta.url);
