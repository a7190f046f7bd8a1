// The product's wording is British English; en-us is SPFx's fallback locale, so it carries the en-GB text.
define([], function () {
  return {
    PropertyPaneDescription: "Choose what this web part opens with.",
    SettingsGroupName: "Settings",
    DefaultTeamFieldLabel: "Default team",
    DefaultMappingIdFieldLabel: "Default mapping (ID)",
    CompactFieldLabel: "Compact density",
    AppTitle: "Imaging duty mapping",
    FrameworkGuidanceLabel: "Against",
    FrameworkProvenanceHeading: "About this content",
    AreaColumnHeading: "Area (typical roles and responsibilities)",
    QsiColumnHeading: "QSI standard",
    DutiesColumnHeading: "Typical responsibilities and duties"
  };
});
