/*
 * Workbench substitute for @msinternal/sp-safehtml (not published; SharePoint's
 * CDN serves it). sp-component-base uses it only for web part properties
 * declared as HTML or links in propertiesMetadata; this web part declares none,
 * so cleaning HTML fails loudly here instead of passing markup through.
 */
define([], function () {
  'use strict';
  var SAFE_LINK_PROTOCOLS = ['http:', 'https:', 'mailto:', 'tel:'];
  return {
    SafeHtml: {
      isSafeLinkProtocol: function (protocol) {
        return SAFE_LINK_PROTOCOLS.indexOf(String(protocol).toLowerCase()) !== -1;
      },
      clean: function () {
        throw new Error('The workbench cannot clean HTML web part properties: @msinternal/sp-safehtml is served only by SharePoint.');
      }
    }
  };
});
