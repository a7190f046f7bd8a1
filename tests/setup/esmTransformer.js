'use strict';

const { createHash } = require('crypto');
const { transformSync, version } = require('esbuild');

/**
 * pdf.js is published as ES modules only; jest runs CommonJS.
 * esbuild converts them in milliseconds where ts-jest took over a minute for
 * pdf.js's 3 MB. pdf.js also reads `import.meta.url` (in code paths for
 * Node), which CommonJS spells through __filename; a plain string keeps
 * clear of the local variable pdf.js itself names `require`.
 */
function rewrite(source) {
  return source.replace(/import\.meta\.url/g, "('file://' + __filename)");
}

module.exports = {
  process(source, path) {
    const result = transformSync(rewrite(source), { loader: 'js', format: 'cjs', target: 'node20', sourcefile: path, sourcemap: 'inline' });
    return { code: result.code };
  },
  getCacheKey(source, path) {
    return createHash('sha1').update(version).update(path).update(source).digest('hex');
  }
};
