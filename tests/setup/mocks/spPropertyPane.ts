/** Stands in for @microsoft/sp-property-pane: the field builders return plain descriptions. */
export function PropertyPaneTextField(targetProperty: string, properties: object): object {
  return { type: 'TextField', targetProperty, properties };
}

export function PropertyPaneToggle(targetProperty: string, properties: object): object {
  return { type: 'Toggle', targetProperty, properties };
}
