import { defineConfig } from 'vitest/config';

// Many tests run the real binary (about 0.6 s to start each time); on a loaded 2-core CI
// machine a test of several runs needs more than vitest's default 5 s.
export default defineConfig({
  test: {
    testTimeout: 60_000,
    // Most of the time goes to waiting on spawned runs of the binary: a worker per core keeps
    // both cores busy (vitest's default leaves one idle on a 2-core machine).
    maxWorkers: 2,
    minWorkers: 1,
  },
});
