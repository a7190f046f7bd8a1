'use strict';

/** Browser journeys: Debian's Chromium driven by playwright-core against the built local page. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests/e2e'],
  testMatch: ['**/*.e2e.ts'],
  transform: {
    '^.+\\.(ts|tsx)$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.jest.json', diagnostics: false }],
    '^.+\\.js$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.jest.json', diagnostics: false }]
  },
  // [jdimport] stemmer (ESM) reaches the journeys through the JD/PS fixtures' text reader.
  transformIgnorePatterns: ['/node_modules/(?!(@pnp|stemmer)/)'],
  // One browser at a time: the machines CI runs on have two cores.
  maxWorkers: 1,
  testTimeout: 120000,
  // [design] journeys compare what the app shows with its loc strings (status and "found in" labels).
  moduleNameMapper: { '^ImagingDutyMappingWebPartStrings$': '<rootDir>/tests/setup/locStrings.js' }
};
