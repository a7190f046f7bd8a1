/*
 * Workbench substitute for @msinternal/sp-edit-customer-promise (not
 * published): SharePoint's edit-mode reliability telemetry. sp-webpart-base
 * reports web part lifecycle failures to it; the workbench writes them to the
 * console instead of sending them to Microsoft.
 */
define(['@microsoft/sp-core-library'], function (core) {
  'use strict';
  function logFailure(details) {
    console.error('Web part failure (SharePoint would report it to its telemetry):', details);
  }
  function Handler() {
    this.logFailure = logFailure;
  }
  return {
    _logFailuresForEditCustomerPromise: logFailure,
    _EditModeCustomerPromiseHandler: {
      serviceKey: core.ServiceKey.create('sp-edit-customer-promise:EditModeCustomerPromiseHandler', Handler)
    }
  };
});
