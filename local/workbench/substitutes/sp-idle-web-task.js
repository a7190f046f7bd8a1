/*
 * Workbench substitute for @msinternal/sp-idle-web-task (not published): the
 * page's idle-time task queue, which sp-webpart-base uses to prefetch
 * components a web part declares for idle loading (this one declares none).
 * Tasks run when the browser is idle, as on a SharePoint page.
 */
define([], function () {
  'use strict';
  var pending = {};
  var idle = window.requestIdleCallback || function (run) { return window.setTimeout(run, 1); };
  var cancelIdle = window.cancelIdleCallback || window.clearTimeout;
  return {
    IdleTaskPriority: { OPTIONAL_HIGH: 1, OPTIONAL_LOW: 2 },
    PrefetchDependencyPriority: { high: 0, low: 1 },
    IdleTaskQueue: {
      instance: {
        enqueueTask: function (task) {
          pending[task.id] = idle(function () {
            delete pending[task.id];
            task.task();
          });
        },
        removeTask: function (id) {
          if (pending[id] !== undefined) {
            cancelIdle(pending[id]);
            delete pending[id];
          }
        }
      }
    },
    createPrefetchDependencyQueue: function (_id, dependencies) {
      var cancelled = false;
      return {
        prefetchByPriorityWhenIdle: function () {
          Object.keys(dependencies).forEach(function (key) {
            idle(function () {
              if (!cancelled) {
                dependencies[key].prefetch();
              }
            });
          });
        },
        cancelPrefetching: function () {
          cancelled = true;
        }
      };
    }
  };
});
