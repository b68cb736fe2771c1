// One jest project per app and lib (STYLE.md "Tests"); @swc/jest transpiles, `npm run typecheck` type-checks.
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
  },
];
const moduleNameMapper = { '^@app/(manifest|settings|rollout|pki|protocol)$': '<rootDir>/libs/$1/src/index.ts' };
const project = (displayName, roots, extra = {}) => ({
  displayName,
  rootDir: __dirname,
  roots,
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': swc },
  moduleFileExtensions: ['ts', 'js', 'json'],
  testMatch: ['**/*.spec.ts'],
  moduleNameMapper,
  ...extra,
});

module.exports = {
  // testTimeout is a global option in jest 30 (ignored per project); server and e2e suites boot real servers.
  testTimeout: 60_000,
  projects: [
    project('lib:manifest', ['<rootDir>/libs/manifest']),
    project('lib:settings', ['<rootDir>/libs/settings']),
    project('lib:rollout', ['<rootDir>/libs/rollout']),
    project('lib:pki', ['<rootDir>/libs/pki']),
    project('lib:protocol', ['<rootDir>/libs/protocol']),
    project('firmware-manifests', ['<rootDir>/firmware-manifests']),
    project('keys', ['<rootDir>/keys']),
    project('ota-server', ['<rootDir>/apps/ota-server']),
    project('ota-server:postgres', ['<rootDir>/apps/ota-server'], {
      testMatch: ['**/apps/ota-server/test/**/*.spec.ts'],
      setupFiles: ['<rootDir>/apps/ota-server/test/use-postgres.ts'],
    }),
    project('device-agent', ['<rootDir>/apps/device-agent']),
    project('admin-cli', ['<rootDir>/apps/admin-cli']),
    project('e2e', ['<rootDir>/test']),
    project('bench', ['<rootDir>/bench']),
    // D9: the web console in real Chromium (Debian's /usr/bin/chromium, driven by playwright-core); built once first.
    project('console', ['<rootDir>/apps/console'], { globalSetup: '<rootDir>/apps/console/test/support/build.ts' }),
  ],
};
