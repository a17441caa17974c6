// Worker thread entry: registers tsx (as bin/tafahum.mjs does), then runs the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
