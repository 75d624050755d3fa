/** Tests run against the built dist/ (see test/harness.ts), so `npm test` builds first. */
module.exports = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  testTimeout: 120000,
};
