import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import { ThemeProvider, type IReadonlyTheme, type ThemeChangedEventArgs } from '@microsoft/sp-component-base';
import { type IPropertyPaneConfiguration, PropertyPaneTextField, PropertyPaneToggle } from '@microsoft/sp-property-pane';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import { getIcon } from '@fluentui/react';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import { AppRoot } from '../../app/AppRoot';
import { createSharePointServices } from '../../data/createServices';
import { createSpfxSp } from '../../data/toolkit/spfxClient';
import { createSharePointHost } from '../../host/sharePointHost';
import { createTeamsHost, type TeamsHost } from '../../host/teamsHost';
import type { HostSettings } from '../../host/context.types';
import type { HostInfo } from '../../host/types';
import type { AppServices } from '../../services/types';

export interface IImagingDutyMappingWebPartProps {
  defaultTeam: string;
  defaultMappingId: number;
  compact: boolean;
}

/**
 * Glue only: builds the services and the host adapter (SharePoint page or
 * Teams tab), renders the app root, re-renders on theme changes, unmounts on
 * dispose. Everything else is testable without SPFx.
 */
export default class ImagingDutyMappingWebPart extends BaseClientSideWebPart<IImagingDutyMappingWebPartProps> {
  private services: AppServices | undefined;
  private host: HostInfo | undefined;
  private siteTheme: IReadonlyTheme | undefined;
  private teams: TeamsHost | undefined;

  protected async onInit(): Promise<void> {
    await super.onInit();
    // SharePoint pages register Fluent's icon font already. Only a host without
    // it loads the icon map (about 16 KB gzipped), as a separate chunk.
    if (!getIcon('CompletedSolid')) {
      const icons = await import(/* webpackChunkName: 'fluent-icons' */ '@fluentui/font-icons-mdl2');
      icons.initializeIcons();
    }
    // SPFx's PnPjs root has no URL of its own (it takes the page's at request time), so the site is named here.
    this.services = createSharePointServices(createSpfxSp(this.context), { homeUrl: this.context.pageContext.web.absoluteUrl });

    const teams = this.context.sdks.microsoftTeams;
    if (teams) {
      this.teams = await createTeamsHost(teams.teamsJs, this.context.pageContext.web.absoluteUrl, () => this.settings(), window.localStorage, (next) => {
        this.host = next;
        this.render();
      });
      this.host = this.teams.host;
      return;
    }

    const themeProvider = this.context.serviceScope.consume(ThemeProvider.serviceKey);
    this.siteTheme = themeProvider.tryGetTheme();
    themeProvider.themeChangedEvent.add(this, (args: ThemeChangedEventArgs) => {
      this.siteTheme = args.theme;
      this.host = this.sharePointHost();
      this.render();
    });
    this.host = this.sharePointHost();
  }

  public render(): void {
    if (!this.services || !this.host) {
      return;
    }
    ReactDom.render(React.createElement(AppRoot, { services: this.services, host: this.host }), this.domElement);
  }

  protected onPropertyPaneFieldChanged(): void {
    // Defaults from the property pane (or the Teams tab's settings) shape the host.
    this.host = this.teams ? this.teams.refresh() : this.sharePointHost();
  }

  protected onDispose(): void {
    ReactDom.unmountComponentAtNode(this.domElement);
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }

  private settings(): HostSettings {
    return {
      defaultTeam: this.properties.defaultTeam,
      defaultMappingId: Number(this.properties.defaultMappingId) || undefined,
      compact: this.properties.compact
    };
  }

  private sharePointHost(): HostInfo {
    return createSharePointHost(this.context, this.settings(), window.location, window.localStorage, this.siteTheme);
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return {
      pages: [
        {
          header: { description: strings.ShellPropertyPaneDescription },
          groups: [
            {
              groupName: strings.ShellSettingsGroupName,
              groupFields: [
                PropertyPaneTextField('defaultTeam', { label: strings.ShellDefaultTeamFieldLabel }),
                PropertyPaneTextField('defaultMappingId', { label: strings.ShellDefaultMappingIdFieldLabel }),
                PropertyPaneToggle('compact', { label: strings.ShellCompactFieldLabel })
              ]
            }
          ]
        }
      ]
    };
  }
}
