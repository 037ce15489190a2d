// Development entry of the engine worker (tests, the e2e bridge): the TypeScript sources through tsx, as the
// bridge itself runs. The app runs the esbuild bundle dist/electron/worker.cjs instead; same code.
import { register } from 'tsx/esm/api';

register();
await import('./index.ts');
