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

// The JD reader's Web Workers (src/documents/read/worker: the reader, and the PDF reader with pdf.js) are webpack
// entries of their own, so their chunks have a runtime; SPFx's ManifestPlugin takes every chunk with a runtime for a
// component bundle and reports each worker as one it cannot find in the manifest. The workers are no components (the
// web part starts them): those reports are dropped after the manifests are written, and every other error stays.
const WORKER_CHUNKS = ['jd-reader-worker', 'jd-pdf-reader-worker'];
build.configureWebpack.mergeConfig({
  additionalConfiguration: (config) => {
    config.plugins = config.plugins || [];
    config.plugins.push({
      apply(compiler) {
        compiler.hooks.afterCompile.tap('IdmReaderWorkerChunks', (compilation) => {
          for (let i = compilation.errors.length - 1; i >= 0; i -= 1) {
            const message = String(compilation.errors[i].message);
            if (WORKER_CHUNKS.some((chunk) => message.includes(`Unable to find entry point for async bundle "${chunk}"`))) {
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
