'use strict';

const build = require('@microsoft/sp-build-web');

build.addSuppression(`Warning - [sass] The local CSS class 'ms-Grid' is not camelCase and will not be type-safe.`);

// Lint runs through `npm run lint` with the project's own ESLint config, so the
// rig's copy is switched off rather than run twice with different settings.
build.lintCmd.enabled = false;

const getTasks = build.rig.getTasks;
build.rig.getTasks = function () {
  const result = getTasks.call(build.rig);
  result.set('serve', result.get('serve-deprecated'));
  return result;
};

// The JD reader's Web Worker (src/documents/read/worker) is a webpack entry of its own, so its chunk has a
// runtime; SPFx's ManifestPlugin takes every chunk with a runtime for a component bundle and reports the worker
// as one it cannot find in the manifest. The worker is no component (the web part starts it): that one report is
// dropped after the manifests are written, and every other error stays.
const WORKER_CHUNK = 'jd-reader-worker';
build.configureWebpack.mergeConfig({
  additionalConfiguration: (config) => {
    config.plugins = config.plugins || [];
    config.plugins.push({
      apply(compiler) {
        compiler.hooks.afterCompile.tap('IdmReaderWorkerChunk', (compilation) => {
          for (let i = compilation.errors.length - 1; i >= 0; i -= 1) {
            if (String(compilation.errors[i].message).includes(`Unable to find entry point for async bundle "${WORKER_CHUNK}"`)) {
              compilation.errors.splice(i, 1);
            }
          }
        });
      }
    });
    return config;
  }
});

build.initialize(require('gulp'));
