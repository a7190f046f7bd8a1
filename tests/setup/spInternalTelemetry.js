'use strict';
/**
 * Stands in for @msinternal/sp-telemetry, which Microsoft does not publish:
 * on a SharePoint page it comes from SharePoint's own CDN and reports
 * performance marks and quality-of-service events to Microsoft. SPFx's base
 * classes call it during the web part lifecycle; here every call is a no-op
 * (nothing the web part does depends on telemetry).
 */
const noop = () => undefined;

class QosMonitor {
  writeSuccess() {}
  writeExpectedFailure() {}
  writeUnexpectedFailure() {}
}

module.exports = {
  _PerformanceLogger: new Proxy({ now: () => performance.now() }, {
    get: (target, name) => (name in target ? target[name] : noop)
  }),
  _QosMonitor: QosMonitor,
  _EngagementLogger: { log: noop, logEvent: noop, logEventWithLogEntry: noop },
  _PerformanceDataDimensions: { DataProvider: 'DataProvider', Layout: 'Layout' },
  _SPPerfExperiment: { getVariantAndTrackExperiment: () => undefined },
  _Telemetry: { buildNumber: '', isInitialized: () => false, initialize: noop, haltBackend: noop, startRealTimeProcessing: noop }
};
