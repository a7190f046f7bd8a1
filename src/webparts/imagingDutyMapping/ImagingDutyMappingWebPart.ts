import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import { type IPropertyPaneConfiguration, PropertyPaneTextField, PropertyPaneToggle } from '@microsoft/sp-property-pane';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import * as strings from 'ImagingDutyMappingWebPartStrings';
import { FrameworkView } from '../../app/framework/FrameworkView';
import { DEFAULT_FRAMEWORK } from '../../model';

export interface IImagingDutyMappingWebPartProps {
  defaultTeam: string;
  defaultMappingId: number;
  compact: boolean;
}

/**
 * Glue only: builds the host adapter and the services, renders the app root,
 * unmounts on dispose. Everything else is testable without SPFx.
 */
export default class ImagingDutyMappingWebPart extends BaseClientSideWebPart<IImagingDutyMappingWebPartProps> {
  public render(): void {
    ReactDom.render(React.createElement(FrameworkView, { framework: DEFAULT_FRAMEWORK }), this.domElement);
  }

  protected onDispose(): void {
    ReactDom.unmountComponentAtNode(this.domElement);
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return {
      pages: [
        {
          header: { description: strings.PropertyPaneDescription },
          groups: [
            {
              groupName: strings.SettingsGroupName,
              groupFields: [
                PropertyPaneTextField('defaultTeam', { label: strings.DefaultTeamFieldLabel }),
                PropertyPaneTextField('defaultMappingId', { label: strings.DefaultMappingIdFieldLabel }),
                PropertyPaneToggle('compact', { label: strings.CompactFieldLabel })
              ]
            }
          ]
        }
      ]
    };
  }
}
