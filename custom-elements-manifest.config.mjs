/** Only our sources: without globs the analyzer also walks dist/ and storybook-static/. */
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
};
