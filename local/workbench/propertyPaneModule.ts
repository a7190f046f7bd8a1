/**
 * The workbench's sp-property-pane component. The real bundle renders its pane
 * with Fluent UI v9 bundles Microsoft serves only from SharePoint's CDN
 * (@msinternal/sp-fluentui-v9-*), so it cannot load here. What a web part
 * bundle imports from it — the field builders (PropertyPaneTextField,
 * PropertyPaneToggle, …) and the PropertyPaneFieldType enum — is plain code in
 * sp-property-pane's own lib-commonjs, so this module is assembled from those
 * files unchanged, wrapped as the AMD module the loader expects. The pane
 * itself is drawn by the workbench application (workbench-application.js).
 */
import { existsSync, readdirSync, readFileSync } from 'fs';
import { join } from 'path';

const FIELD_TYPES = 'propertyPaneField/IPropertyPaneField';

/**
 * Builds the AMD module text from sp-property-pane's files.
 *
 * @param root - The project root (where node_modules is).
 * @returns JavaScript source of the module.
 */
export function buildPropertyPaneModule(root: string): string {
  const fields = join(root, 'node_modules', '@microsoft', 'sp-property-pane', 'lib-commonjs', 'propertyPaneFields');
  const sources: Record<string, string> = { [FIELD_TYPES]: readFileSync(join(fields, `${FIELD_TYPES}.js`), 'utf8') };
  for (const folder of readdirSync(fields)) {
    const dir = join(fields, folder);
    if (!existsSync(dir) || folder === 'propertyPaneField') {
      continue;
    }
    for (const file of readdirSync(dir).filter((name) => /^PropertyPane\w+\.js$/.test(name))) {
      const text = readFileSync(join(dir, file), 'utf8');
      const requires = [...text.matchAll(/require\("([^"]+)"\)/g)].map((match) => match[1]);
      // Only the pure builders: the ones whose one dependency is the field-type enum.
      if (requires.every((name) => name.endsWith(`/${FIELD_TYPES}`))) {
        sources[`${folder}/${file.replace(/\.js$/, '')}`] = text;
      }
    }
  }
  const factories = Object.entries(sources)
    .map(([name, text]) => `${JSON.stringify(name)}: function (module, exports, require) {\n${text.replace(/\/\/# sourceMappingURL=.*$/m, '')}\n}`)
    .join(',\n');
  return `/* Assembled by the local workbench from @microsoft/sp-property-pane/lib-commonjs (field builders only). */
define([], function () {
  'use strict';
  var factories = {
${factories}
  };
  var cache = {};
  function load(name) {
    if (!cache[name]) {
      var module = { exports: {} };
      cache[name] = module;
      factories[name](module, module.exports, function (request) {
        if (/\\/${FIELD_TYPES.replace('/', '\\/')}$/.test(request)) {
          return load(${JSON.stringify(FIELD_TYPES)});
        }
        throw new Error('sp-property-pane (workbench) has no module ' + request);
      });
    }
    return cache[name].exports;
  }
  var api = {};
  Object.keys(factories).forEach(function (name) {
    var exported = load(name);
    Object.keys(exported).forEach(function (key) {
      if (key !== '__esModule') {
        api[key] = exported[key];
      }
    });
  });
  return api;
});
`;
}
