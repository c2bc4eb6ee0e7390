// Empties dist/ before `npm run dist` builds it again, so that dist/ holds exactly what the build
// makes from today's sources: tsc alone would leave the output of a deleted or renamed source
// behind, and dist/ is committed (see the README's "Why dist/ is committed").
import { rmSync } from 'node:fs';

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
