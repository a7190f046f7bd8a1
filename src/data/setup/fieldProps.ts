import type { FieldDefinition, FieldType } from '../schema';

/** SharePoint's FieldTypeKind numbers and REST entity types. */
const KINDS: Readonly<Record<FieldType, { kind: number; entityType: string }>> = {
  Text: { kind: 2, entityType: 'SP.FieldText' },
  Note: { kind: 3, entityType: 'SP.FieldMultiLineText' },
  DateTime: { kind: 4, entityType: 'SP.FieldDateTime' },
  Choice: { kind: 6, entityType: 'SP.FieldChoice' },
  Number: { kind: 9, entityType: 'SP.FieldNumber' },
  Boolean: { kind: 8, entityType: 'SP.Field' }
};

/** A value in a field creation body. */
export type FieldPropValue = string | number | boolean | { results: string[] };

/** SP.DateTimeFieldFormatType.DateOnly and DateTime. */
const DATE_ONLY = 0;
const DATE_AND_TIME = 1;

/**
 * The REST body to create a column. SharePoint derives the internal name from
 * the title at creation, so the column is created titled with its internal
 * name and renamed to its display name afterwards ({@link fieldFinishProps}).
 *
 * @param field - A column of the schema.
 * @returns FieldTypeKind and the creation properties.
 */
export function fieldCreateProps(field: FieldDefinition): { kind: number; entityType: string; props: Record<string, FieldPropValue> } {
  const { kind, entityType } = KINDS[field.type];
  const props: Record<string, FieldPropValue> = { Description: field.description, Required: field.required === true };
  switch (field.type) {
    case 'Text':
      props.MaxLength = field.maxLength ?? 255;
      break;
    case 'Note':
      // Plain text: JSON and comments come back exactly as written, never as HTML.
      Object.assign(props, { RichText: false, NumberOfLines: 6, AppendOnly: false });
      break;
    case 'DateTime':
      Object.assign(props, { DisplayFormat: field.includeTime ? DATE_AND_TIME : DATE_ONLY, DateTimeCalendarType: 1 });
      break;
    case 'Number':
      if (field.percentage) {
        props.ShowAsPercentage = true;
      }
      break;
    case 'Boolean':
      // A Yes/No column starts as No, so items written before it existed read as not set.
      props.DefaultValue = '0';
      break;
    case 'Choice':
      Object.assign(props, { Choices: { results: [...(field.choices ?? [])] }, EditFormat: 0, FillInChoice: false });
      if (field.defaultChoice !== undefined) {
        props.DefaultValue = field.defaultChoice;
      }
      break;
  }
  return { kind, entityType, props };
}

/**
 * What a freshly created column still needs: its display name (indexes are
 * their own step, so progress says what happened).
 *
 * @param field - A column of the schema.
 * @returns Properties for one MERGE on the field.
 */
export function fieldFinishProps(field: FieldDefinition): Record<string, FieldPropValue> {
  return { Title: field.displayName };
}
