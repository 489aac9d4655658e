/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }]
  },
  testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
  // Unit tests; end-to-end tests get longer (jest.timeouts.js).
  testTimeout: 60000,
  setupFilesAfterEnv: ['<rootDir>/jest.timeouts.js'],
  reporters: ['default', '<rootDir>/jest.summary-reporter.js'],
  collectCoverageFrom: ['src/**/*.ts']
}
