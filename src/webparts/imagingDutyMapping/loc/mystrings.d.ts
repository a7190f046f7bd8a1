declare interface IImagingDutyMappingWebPartStrings {
  PropertyPaneDescription: string;
  SettingsGroupName: string;
  DefaultTeamFieldLabel: string;
  DefaultMappingIdFieldLabel: string;
  CompactFieldLabel: string;
  AppTitle: string;
  FrameworkGuidanceLabel: string;
  FrameworkProvenanceHeading: string;
  AreaColumnHeading: string;
  QsiColumnHeading: string;
  DutiesColumnHeading: string;
}

declare module 'ImagingDutyMappingWebPartStrings' {
  const strings: IImagingDutyMappingWebPartStrings;
  export = strings;
}
