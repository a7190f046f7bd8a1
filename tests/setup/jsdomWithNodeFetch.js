'use strict';
/**
 * jsdom (as the web part's tests need: a DOM for React) plus Node's own fetch,
 * so PnPjs inside the real SPFx web part talks to the local SharePoint server
 * over real HTTP. jsdom has no fetch, and the browser's CORS and cookie rules
 * do not apply to Node's, which is fine: the server answers any local caller.
 */
const { TestEnvironment } = require('jest-environment-jsdom');

class JsdomWithNodeFetch extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    Object.assign(this.global, { fetch, Headers, Request, Response, TextEncoder, TextDecoder });
  }
}

module.exports = JsdomWithNodeFetch;
