// esbuild options of the CLI's bundle (scripts/bundle.js).
export const bundleOptions = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  minify: true,
  // The grammar's definition checks run in the tests, not on every start (grammar/checks.ts).
  define: { KYOTO_GRAMMAR_CHECKS: 'false' },
  logLevel: 'warning',
};
