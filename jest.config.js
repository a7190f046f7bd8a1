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
    // SPFx's lib-commonjs files require some siblings by their ES-module path (lib/…).
    '^@microsoft/(sp-[a-z-]+)/lib/(.*)$': '<rootDir>/node_modules/@microsoft/$1/lib-commonjs/$2',
    // Fluent UI v8 as SharePoint's page provides it to SPFx.
    '^@ms/office-ui-fabric-react-bundle$': '@fluentui/react',
    // Microsoft's internal packages are not published (SharePoint's page serves
    // them): telemetry becomes no-ops, the rest empty modules (see toolchain.md).
    '^@msinternal/sp-telemetry$': '<rootDir>/tests/setup/spInternalTelemetry.js',
    '^@msinternal/(.*)$': '<rootDir>/tests/setup/emptyModule.js'
  },
  // Build-time constants SPFx's packages are compiled with: DEBUG is false in
  // the shipped bundles; DEPRECATED_UNIT_TEST is what SPFx's own unit tests and
  // test API run under (flights and kill switches read as defaults instead of
  // requiring the page's server-rendered lists).
  globals: { DEBUG: false, DEPRECATED_UNIT_TEST: true },
  // A guard, not a measure: component tests that open the lazily compiled mapping screen took over 30 s
  // on a loaded 2-core machine (passing alone in a few seconds).
  testTimeout: 60000
};
