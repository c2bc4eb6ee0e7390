import { defineConfig } from 'vitest/config';

// Many tests run the real binary (about 0.6 s to start each time); on a loaded 2-core CI
// machine a test of several runs needs more than vitest's default 5 s.
export default defineConfig({
  test: {
    testTimeout: 60_000,
  },
});
