// Development entry of the archive worker (tests, the e2e bridge): the TypeScript sources through tsx. The app
// runs the esbuild bundle dist/electron/archive-worker.cjs instead; same code.
import { register } from 'tsx/esm/api';

register();
await import('./index.ts');
