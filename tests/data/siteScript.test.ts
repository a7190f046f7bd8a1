/** @jest-environment node */
import { readFileSync } from 'fs';
import { join } from 'path';
import { SCHEMA, buildSiteScript, siteScriptJson, statusColumnFormatter } from '../../src/data/schema';
import type { SiteScriptAction } from '../../src/data/schema';

const ROOT = join(__dirname, '..', '..');
const committed = readFileSync(join(ROOT, 'sharepoint', 'site-script.json'), 'utf8');
const script = JSON.parse(committed) as { actions: SiteScriptAction[] };

function unescapeXml(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** Reads a <Field> element the way SharePoint would: its attributes and choices. */
function parseField(xml: string): { attributes: Record<string, string>; choices: string[]; defaultValue?: string } {
  const open = /^<Field\s([^>]*?)\s*\/?>/.exec(xml);
  if (!open) {
    throw new Error(`Not a Field element: ${xml}`);
  }
  const attributes: Record<string, string> = {};
  for (const match of open[1].matchAll(/(\w+)="([^"]*)"/g)) {
    attributes[match[1]] = unescapeXml(match[2]);
  }
  const choices = [...xml.matchAll(/<CHOICE>([^<]*)<\/CHOICE>/g)].map((m) => unescapeXml(m[1]));
  const defaultMatch = /<Default>([^<]*)<\/Default>/.exec(xml);
  return { attributes, choices, defaultValue: defaultMatch ? unescapeXml(defaultMatch[1]) : undefined };
}

test('the committed site script is exactly what the schema generates', () => {
  expect(committed).toBe(siteScriptJson(SCHEMA));
});

test('the committed status formatting is exactly what the schema generates', () => {
  const file = readFileSync(join(ROOT, 'sharepoint', 'column-formatting', 'status.json'), 'utf8');
  expect(JSON.parse(file)).toEqual(statusColumnFormatter());
});

test('it creates every list of the schema, and nothing else', () => {
  const lists = script.actions.filter((action) => action.verb === 'createSPList');
  expect(lists.map((action) => action.listName)).toEqual(SCHEMA.map((list) => list.title));
  expect(script.actions).toHaveLength(SCHEMA.length);
  // Lists are generic lists (100); the sign-off records and the JD/PS documents are document libraries (101).
  expect(lists.map((action) => action.templateType)).toEqual(SCHEMA.map((list) => list.template ?? 100));
  expect(lists.find((action) => action.listName === 'Duty Mapping Documents')?.templateType).toBe(101);
  expect(lists.find((action) => action.listName === 'Duty Mapping Records')?.templateType).toBe(101);
});

describe.each(SCHEMA.map((list) => [list.title, list] as const))('%s', (_title, list) => {
  const action = script.actions.find((a) => a.listName === list.title) as SiteScriptAction & { subactions: SiteScriptAction[] };
  const fields = action.subactions.filter((sub) => sub.verb === 'addSPFieldXml' || sub.verb === 'addSPField');

  test('names the list and describes it', () => {
    expect(action.subactions).toContainEqual({ verb: 'setTitle', title: list.title });
    expect(action.subactions).toContainEqual({ verb: 'setDescription', description: list.description });
  });

  test('adds every column once, with its internal name, type, requiredness and index', () => {
    const parsed = fields.map((sub) => parseField(String(sub.schemaXml)));
    expect(parsed.map((f) => f.attributes.Name)).toEqual(list.fields.map((f) => f.internalName));
    for (const field of list.fields) {
      const found = parsed.find((f) => f.attributes.Name === field.internalName);
      expect(found?.attributes).toMatchObject({
        ID: `{${field.id}}`,
        StaticName: field.internalName,
        Type: field.type,
        DisplayName: field.displayName,
        Required: field.required ? 'TRUE' : 'FALSE',
        Indexed: field.indexed ? 'TRUE' : 'FALSE'
      });
      if (field.type === 'Note') {
        expect(found?.attributes.RichText).toBe('FALSE');
      }
      if (field.type === 'Text') {
        expect(Number(found?.attributes.MaxLength)).toBeLessThanOrEqual(255);
      }
      if (field.type === 'Choice') {
        expect(found?.choices).toEqual(field.choices);
        expect(found?.defaultValue).toBe(field.defaultChoice);
      }
    }
  });

  test('adds every view of the schema with its columns and query', () => {
    const views = action.subactions.filter((sub) => sub.verb === 'addSPView');
    expect(views.map((v) => ({ name: v.name, viewFields: v.viewFields, query: v.query }))).toEqual(
      list.views.map((v) => ({ name: v.title, viewFields: v.fields, query: v.query }))
    );
    const known = new Set(['LinkTitle', 'Modified', 'Editor', ...list.fields.map((f) => f.internalName)]);
    for (const view of list.views) {
      expect(view.fields.filter((f) => !known.has(f))).toEqual([]);
    }
  });

  test('formats every column the schema formats', () => {
    const formatters = action.subactions.filter((sub) => sub.verb === 'setSPFieldCustomFormatter');
    expect(formatters.map((f) => f.fieldDisplayName)).toEqual(list.fields.filter((f) => f.formatter).map((f) => f.displayName));
  });
});

test('site scripts stay well under SharePoint’s size limits', () => {
  const actions = buildSiteScript(SCHEMA).actions;
  const total = actions.reduce((sum, action) => sum + 1 + ((action.subactions as unknown[] | undefined)?.length ?? 0), 0);
  expect(total).toBeLessThan(300);
  expect(committed.length).toBeLessThan(100_000);
});
