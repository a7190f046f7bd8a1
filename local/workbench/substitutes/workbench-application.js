/*
 * Workbench substitute for the page application SharePoint starts after
 * sp-loader (sp-application-base and the modern page's canvas, served only
 * from SharePoint's CDN). sp-loader's start() loads this component by the
 * application base's id and calls `new _Navigator(rootScope).navigateToApplication(preloadedData)`,
 * as it does on a SharePoint page. From there it does what the page canvas does
 * for one web part, with SPFx's own classes:
 *   - initialises the root scope's PageContext from the page's server-rendered
 *     _spPageContextInfo with SharePointPageContextDataProvider (sp-page-context);
 *   - loads sp-webpart-base through sp-loader and hands the web part to its
 *     ClientSideWebPartManager, which loads the web part's component (the
 *     bundle from the .sppkg) through sp-loader and runs its lifecycle;
 *   - offers the property pane: SharePoint's own pane cannot load here (see
 *     sp-property-pane.js), so a plain pane draws the web part's real
 *     getPropertyPaneConfiguration() and reports changes through the web part's
 *     _onPropertyPaneFieldChanged, the call SharePoint's pane makes.
 */
define(['@microsoft/sp-core-library', '@microsoft/sp-page-context', '@microsoft/sp-loader'], function (core, pageContextModule, loader) {
  'use strict';

  var WEBPART_BASE_ID = '974a7777-0990-4136-8fa6-95d80114c2e0';
  var FIELD_TEXT = 3; // PropertyPaneFieldType.TextField
  var FIELD_TOGGLE = 5; // PropertyPaneFieldType.Toggle

  function element(tag, attributes, text) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) {
      node.setAttribute(name, attributes[name]);
    });
    if (text !== undefined) {
      node.textContent = text;
    }
    return node;
  }

  function fieldControl(field, value, onChange, index) {
    var id = 'workbench-field-' + index;
    var row = element('div', { class: 'workbench-field' });
    var label = element('label', { for: id }, field.properties.label || field.targetProperty);
    var input;
    if (field.type === FIELD_TOGGLE) {
      input = element('input', { id: id, type: 'checkbox', role: 'switch' });
      input.checked = Boolean(value);
      input.addEventListener('change', function () {
        onChange(field.targetProperty, input.checked);
      });
      row.appendChild(input);
      row.appendChild(label);
      return row;
    }
    input = element('input', { id: id, type: 'text' });
    input.value = value === undefined || value === null ? '' : String(value);
    input.addEventListener('input', function () {
      onChange(field.targetProperty, input.value);
    });
    row.appendChild(label);
    row.appendChild(input);
    if (field.type !== FIELD_TEXT) {
      row.appendChild(element('p', {}, 'Field type ' + field.type + ' is shown as text in the workbench.'));
    }
    return row;
  }

  function PropertyPane(container, webPart) {
    this._container = container;
    this._webPart = webPart;
  }

  PropertyPane.prototype.toggle = function () {
    if (this._container.hidden) {
      this.open();
    } else {
      this._container.hidden = true;
    }
  };

  PropertyPane.prototype.open = function () {
    var container = this._container;
    var webPart = this._webPart;
    return webPart._getPropertyPaneData(false).then(function (data) {
      container.textContent = '';
      var heading = element('h2', { id: 'workbench-pane-title' }, data.title || webPart.context.manifest.alias);
      container.appendChild(heading);
      var index = 0;
      data.configuration.pages.forEach(function (page) {
        if (page.header && page.header.description) {
          container.appendChild(element('p', {}, page.header.description));
        }
        page.groups.forEach(function (group) {
          var fieldset = element('fieldset');
          if (group.groupName) {
            fieldset.appendChild(element('legend', {}, group.groupName));
          }
          (group.groupFields || []).forEach(function (field) {
            index += 1;
            fieldset.appendChild(
              fieldControl(field, webPart.properties[field.targetProperty], function (property, value) {
                webPart._onPropertyPaneFieldChanged(property, value);
              }, index)
            );
          });
          container.appendChild(fieldset);
        });
      });
      container.hidden = false;
      heading.setAttribute('tabindex', '-1');
      heading.focus();
    });
  };

  function Navigator(serviceScope) {
    this._serviceScope = serviceScope;
  }

  Navigator.prototype.navigateToApplication = function (preloadedData) {
    var scope = this._serviceScope;
    var info = preloadedData.spPageContextInfo;
    var workbench = preloadedData.workbench;
    var pageContext = scope.consume(pageContextModule.PageContext.serviceKey);
    pageContext.initialize(pageContextModule.SharePointPageContextDataProvider._createPageContextData(info), info);

    var manifest = preloadedData.manifests.filter(function (candidate) {
      return candidate.id === workbench.webPartId;
    })[0];
    var canvas = document.getElementById(workbench.canvasElementId);
    var instanceId = workbench.instanceId;

    return loader.SPComponentLoader.loadComponentById(WEBPART_BASE_ID).then(function (webPartBase) {
      // In Teams, SharePoint hosts web parts with the Teams-aware host, which hands them teams-js.
      var host = workbench.teams ? new webPartBase._TeamsAwareWebPartHost(scope) : new webPartBase._MinimalWebPartHost(scope);
      var manager = new webPartBase._ClientSideWebPartManager(host);
      return manager
        .loadWebPart({
          domElement: canvas,
          instanceId: instanceId,
          manifest: manifest,
          displayMode: core.DisplayMode.Read,
          addedFromPersistedData: true,
          webPartData: {
            id: manifest.id,
            instanceId: instanceId,
            title: manifest.preconfiguredEntries[0].title.default,
            dataVersion: '1.0',
            properties: workbench.properties
          }
        })
        .then(function () {
          var webPart = manager.getWebPartByInstanceId(instanceId);
          var pane = new PropertyPane(document.getElementById(workbench.paneElementId), webPart);
          var button = document.getElementById(workbench.paneButtonId);
          button.addEventListener('click', function () {
            var wasHidden = pane._container.hidden;
            pane.toggle();
            button.setAttribute('aria-expanded', String(wasHidden));
          });
          button.disabled = false;
          document.documentElement.setAttribute('data-workbench', 'ready');
          return { webPartManager: manager, propertyPane: pane };
        });
    });
  };

  return { _Navigator: Navigator };
});
