/**
 * Puts the web part on a page the way SharePoint's ClientSideWebPartManager
 * does, using SPFx's own classes and test API: a root ServiceScope holding a
 * real PageContext for the local site, a MockWebPartContext (the context SPFx
 * builds for a web part), then `_internalInitialize`, `_internalDeserialize`,
 * `_internalFirstTimeRender`, the property pane calls and `_internalDispose`,
 * in the manager's order. The underscore methods are SPFx's internal
 * lifecycle, so they are reached through the narrow interface below.
 */
import { DisplayMode, ServiceScope } from '@microsoft/sp-core-library';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import { PageContext } from '@microsoft/sp-page-context';
import { MockPageContextData } from '@microsoft/sp-page-context/dist/test-api';
import type { ISDKs } from '@microsoft/sp-webpart-base';
import { MockWebPartContext, MockWebPartContextParameters } from '@microsoft/sp-webpart-base/dist/test-api';
import ImagingDutyMappingWebPart, { type IImagingDutyMappingWebPartProps } from '../../src/webparts/imagingDutyMapping/ImagingDutyMappingWebPart';
import manifest from '../../src/webparts/imagingDutyMapping/ImagingDutyMappingWebPart.manifest.json';

/** What the ClientSideWebPartManager calls on a web part (SPFx marks these @internal). */
interface ManagedWebPart {
  _internalDeserialize(data: { dataVersion: string; properties: IImagingDutyMappingWebPartProps }): void;
  _internalFirstTimeRender(): Promise<number>;
  _getPropertyPaneData(isDetails: boolean): Promise<{ configuration: IPropertyPaneConfiguration; properties: IImagingDutyMappingWebPartProps }>;
  _onPropertyPaneFieldChanged(propertyPath: string, newValue: unknown): boolean;
  _internalDispose(): void;
  readonly properties: IImagingDutyMappingWebPartProps;
  readonly context: MockWebPartContext;
  readonly displayMode: DisplayMode;
}

export interface PlacedWebPart {
  webPart: ManagedWebPart;
  /** The element SharePoint gave the web part. */
  element: HTMLElement;
  pageContext: PageContext;
  /** Resolves when SPFx reports the first render complete (onInit, then render). */
  firstRender: Promise<number>;
}

export interface PageOptions {
  siteUrl: string;
  /** The form digest SharePoint renders into the page (legacyPageContext.formDigestValue). */
  formDigestValue: string;
  uiCulture?: string;
  sdks?: ISDKs;
  properties?: Partial<IImagingDutyMappingWebPartProps>;
}

/**
 * The server-rendered page context of a page on the local site: SPFx's
 * MockPageContextData with the site's real URLs and culture, as the
 * `_spPageContextInfo` of a SharePoint page would carry them.
 */
function pageContextFor(scope: ServiceScope, options: PageOptions): PageContext {
  const site = new URL(options.siteUrl);
  const pageContext = new PageContext(scope);
  const culture = options.uiCulture ?? 'en-GB';
  const initialise = (pageContext as unknown as { initialize(data: object, legacy: object): void }).initialize.bind(pageContext);
  initialise(
    {
      ...MockPageContextData,
      cultureInfo: { ...MockPageContextData.cultureInfo, currentCultureName: culture, currentUICultureName: culture },
      site: { ...MockPageContextData.site, absoluteUrl: options.siteUrl, serverRelativeUrl: site.pathname },
      web: { ...MockPageContextData.web, absoluteUrl: options.siteUrl, serverRelativeUrl: site.pathname, title: 'Imaging' }
    },
    { formDigestValue: options.formDigestValue, formDigestTimeoutSeconds: 1800, webAbsoluteUrl: options.siteUrl }
  );
  return pageContext;
}

/**
 * Places the web part on a page of the local site and starts its first render.
 *
 * @param options - The site, digest, culture, SDKs and web part properties.
 * @returns The web part, its element, the page context and the first render.
 */
export function placeWebPart(options: PageOptions): PlacedWebPart {
  const root = ServiceScope.startNewRoot();
  const pageContext = pageContextFor(root, options);
  root.provide(PageContext.serviceKey, pageContext);

  const element = document.body.appendChild(document.createElement('div'));
  const parameters = new MockWebPartContextParameters();
  parameters.domElement = element;
  parameters.parentServiceScope = root;
  parameters.manifest = { ...manifest, loaderConfig: { entryModuleId: manifest.alias, internalModuleBaseUrls: [], scriptResources: {} } } as unknown as MockWebPartContextParameters['manifest'];
  parameters.sdks = options.sdks ?? {};
  parameters.sdksAsync = Promise.resolve(parameters.sdks);
  parameters.statusRenderer = {
    displayLoadingIndicator: () => undefined,
    clearLoadingIndicator: () => undefined,
    renderError: (target: HTMLElement, error: Error | string) => {
      target.textContent = String(error);
    },
    clearError: () => undefined
  };
  const context = new MockWebPartContext(parameters);

  const webPart = context.initialize(new ImagingDutyMappingWebPart()) as unknown as ManagedWebPart;
  webPart._internalDeserialize({
    dataVersion: '1.0',
    properties: { defaultTeam: '', defaultMappingId: 0, compact: false, ...options.properties }
  });
  return { webPart, element, pageContext, firstRender: webPart._internalFirstTimeRender() };
}
