import type { FieldDefinition } from './types';

/** Escapes text for an XML attribute or element. */
export function xmlEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

const bool = (value: boolean | undefined): string => (value ? 'TRUE' : 'FALSE');

/**
 * The CAML `<Field>` element of a column, as a site script's addSPFieldXml
 * takes it. Names, id, type, indexing and choices all come from the schema,
 * so the site script cannot drift from what in-app set-up creates.
 *
 * @param field - A column of the schema.
 * @returns The field's schema XML.
 */
export function fieldSchemaXml(field: FieldDefinition): string {
  const attributes: Array<[string, string]> = [
    ['ID', `{${field.id}}`],
    ['Type', field.type],
    ['Name', field.internalName],
    ['StaticName', field.internalName],
    ['DisplayName', field.displayName],
    ['Description', field.description],
    ['Required', bool(field.required)],
    ['Indexed', bool(field.indexed)]
  ];
  if (field.type === 'Text') {
    attributes.push(['MaxLength', String(field.maxLength ?? 255)]);
  }
  if (field.type === 'Note') {
    // Plain text: JSON and comments must come back exactly as written, never as HTML.
    attributes.push(['RichText', 'FALSE'], ['NumLines', '6'], ['AppendOnly', 'FALSE']);
  }
  if (field.type === 'DateTime') {
    attributes.push(['Format', field.includeTime ? 'DateTime' : 'DateOnly']);
  }
  if (field.type === 'Number') {
    if (field.decimals !== undefined) {
      attributes.push(['Decimals', String(field.decimals)]);
    }
    if (field.percentage) {
      attributes.push(['Percentage', 'TRUE']);
    }
  }
  if (field.unique) {
    attributes.push(['EnforceUniqueValues', 'TRUE']);
  }
  if (field.type === 'Choice') {
    attributes.push(['Format', 'Dropdown'], ['FillInChoice', 'FALSE']);
  }
  const open = `<Field ${attributes.map(([name, value]) => `${name}="${xmlEscape(value)}"`).join(' ')}`;
  if (field.type === 'Boolean') {
    return `${open}><Default>0</Default></Field>`;
  }
  if (field.type !== 'Choice') {
    return `${open} />`;
  }
  const defaultXml = field.defaultChoice !== undefined ? `<Default>${xmlEscape(field.defaultChoice)}</Default>` : '';
  const choices = (field.choices ?? []).map((choice) => `<CHOICE>${xmlEscape(choice)}</CHOICE>`).join('');
  return `${open}>${defaultXml}<CHOICES>${choices}</CHOICES></Field>`;
}
