'use strict';

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'jsdom',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  testPathIgnorePatterns: ['/node_modules/', '/tests/e2e/'],
  setupFilesAfterEnv: ['<rootDir>/tests/setup/jest.setup.ts'],
  transform: {
    '^.+\\.(ts|tsx)$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.jest.json', diagnostics: false }],
    // PnPjs v4 ships ES modules only; compile it to CommonJS for jest.
    '^.+\\.js$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.jest.json', diagnostics: false }],
    // [jdimport] pdf.js ships .mjs only (esbuild: ts-jest takes over a minute on its 3 MB); stemmer is ESM .js.
    '^.+\\.mjs$': '<rootDir>/tests/setup/esmTransformer.js'
  },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json', 'node'],
  transformIgnorePatterns: ['/node_modules/(?!(@pnp|stemmer|pdfjs-dist)/)'],
  moduleNameMapper: {
    '\\.(css|scss)$': 'identity-obj-proxy',
    '^ImagingDutyMappingWebPartStrings$': '<rootDir>/tests/setup/locStrings.js',
    '^@msinternal/(.*)$': '<rootDir>/tests/setup/emptyModule.js',
    '^@ms/(.*)$': '<rootDir>/tests/setup/emptyModule.js',
    '^@microsoft/sp-webpart-base$': '<rootDir>/tests/setup/mocks/spWebpartBase.ts',
    '^@microsoft/sp-property-pane$': '<rootDir>/tests/setup/mocks/spPropertyPane.ts',
    '^@microsoft/sp-component-base$': '<rootDir>/tests/setup/mocks/spComponentBase.ts'
  },
  testTimeout: 30000
};
