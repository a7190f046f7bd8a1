import { DEFAULT_FRAMEWORK, parseFrameworkDefinition, serialiseFrameworkDefinition } from '../../src/model';
import type { DefinitionError, Framework } from '../../src/model';

/** A definition a trust might have edited: a plain, mutable copy of the default. */
type Editable = Record<string, unknown> & {
  areas: (Record<string, unknown> & { duties: Record<string, unknown>[] })[];
};

function editable(): Editable {
  return JSON.parse(JSON.stringify(DEFAULT_FRAMEWORK)) as Editable;
}

function errorsOf(definition: unknown): DefinitionError[] {
  const result = parseFrameworkDefinition(definition);
  if (result.ok) {
    throw new Error('Expected the definition to be refused.');
  }
  return result.errors;
}

function child(duty: Record<string, unknown>, index: number): Record<string, unknown> {
  return (duty.children as Record<string, unknown>[])[index];
}

/** Problems come back as codes with where they are; tests/app/common/definitionMessages.test.ts checks their wording. */
describe('parseFrameworkDefinition', () => {
  it('accepts the default framework, as an object and as JSON text, unchanged', () => {
    const fromObject = parseFrameworkDefinition(DEFAULT_FRAMEWORK);
    const fromText = parseFrameworkDefinition(JSON.stringify(DEFAULT_FRAMEWORK, null, 2));
    expect(fromObject).toEqual({ ok: true, framework: DEFAULT_FRAMEWORK });
    expect(fromText).toEqual({ ok: true, framework: DEFAULT_FRAMEWORK });
  });

  it('round-trips through the stored form', () => {
    expect(parseFrameworkDefinition(serialiseFrameworkDefinition(DEFAULT_FRAMEWORK))).toEqual({ ok: true, framework: DEFAULT_FRAMEWORK });
  });

  it('explains text that is not JSON', () => {
    const [error] = errorsOf('{ "id": "sor-ap-band4", ');
    expect(error).toEqual({ code: 'notJson', detail: expect.any(String) as unknown, path: '', at: [] });
  });

  it('explains JSON that is not an object', () => {
    expect(errorsOf('[]')).toEqual([{ code: 'wrongType', expected: 'object', received: 'array', path: '', at: [] }]);
  });

  it('needs at least one area', () => {
    const definition = editable();
    definition.areas = [];
    expect(errorsOf(definition)).toEqual([{ code: 'empty', path: 'areas', at: ['areas'] }]);
  });

  it('needs the areas field', () => {
    const definition: Record<string, unknown> = editable();
    delete definition.areas;
    expect(errorsOf(definition)).toEqual([{ code: 'missing', path: 'areas', at: ['areas'] }]);
  });

  it('needs at least one duty in each area', () => {
    const definition = editable();
    definition.areas[1].duties = [];
    expect(errorsOf(definition)).toEqual([{ code: 'empty', path: 'areas[1].duties', at: ['areas', 1, 'duties'] }]);
  });

  it('refuses a duplicate duty id anywhere, naming both places, regardless of case', () => {
    const definition = editable();
    child(definition.areas[3].duties[6], 0).id = 'Clean-Safe-3';
    expect(errorsOf(definition)).toEqual([
      {
        code: 'duplicateId',
        id: 'Clean-Safe-3',
        first: ['areas', 0, 'duties', 2],
        path: 'areas[3].duties[6].children[0].id',
        at: ['areas', 3, 'duties', 6, 'children', 0, 'id']
      }
    ]);
  });

  it('refuses a duplicate area id', () => {
    const definition = editable();
    definition.areas[2].id = 'manage-data';
    expect(errorsOf(definition)).toEqual([
      { code: 'duplicateId', id: 'manage-data', first: ['areas', 1], path: 'areas[2].id', at: ['areas', 2, 'id'] }
    ]);
  });

  it('refuses blank or whitespace-only text, at its exact location', () => {
    const definition = editable();
    child(definition.areas[3].duties[5], 0).text = '   ';
    definition.areas[0].title = '';
    expect(errorsOf(definition)).toEqual([
      { code: 'blank', path: 'areas[0].title', at: ['areas', 0, 'title'] },
      { code: 'blank', path: 'areas[3].duties[5].children[0].text', at: ['areas', 3, 'duties', 5, 'children', 0, 'text'] }
    ]);
  });

  it('refuses nesting deeper than three levels', () => {
    const definition = editable();
    child(child(definition.areas[3].duties[6], 0), 0).children = [{ id: 'too-deep', text: 'A fourth level' }];
    expect(errorsOf(definition)).toEqual([
      {
        code: 'tooDeep',
        path: 'areas[3].duties[6].children[0].children[0].children',
        at: ['areas', 3, 'duties', 6, 'children', 0, 'children', 0, 'children']
      }
    ]);
  });

  it('refuses fields a framework does not use, each at its own path', () => {
    const definition = editable();
    definition.areas[0].colour = 'red';
    definition.areas[1].duties[0].Text = 'Misspelt';
    definition.notes = 'Local copy';
    expect(errorsOf(definition)).toEqual([
      { code: 'unknownField', path: 'areas[0].colour', at: ['areas', 0, 'colour'] },
      { code: 'unknownField', path: 'areas[1].duties[0].Text', at: ['areas', 1, 'duties', 0, 'Text'] },
      { code: 'unknownField', path: 'notes', at: ['notes'] }
    ]);
  });

  it('holds area titles and QSI references to 255 characters', () => {
    const definition = editable();
    definition.areas[0].title = 'x'.repeat(255);
    expect(parseFrameworkDefinition(definition).ok).toBe(true);
    definition.areas[0].title = 'x'.repeat(256);
    (definition.areas[1].qsiStandards as Record<string, unknown>[])[1].title = 'y'.repeat(300);
    expect(errorsOf(definition)).toEqual([
      { code: 'tooLong', length: 256, max: 255, path: 'areas[0].title', at: ['areas', 0, 'title'] },
      { code: 'tooLong', length: 300, max: 255, path: 'areas[1].qsiStandards[1].title', at: ['areas', 1, 'qsiStandards', 1, 'title'] }
    ]);
  });

  it('holds duty text to 63,999 characters', () => {
    const definition = editable();
    definition.areas[2].duties[0].text = 'z'.repeat(64000);
    expect(errorsOf(definition)).toEqual([
      { code: 'tooLong', length: 64000, max: 63999, path: 'areas[2].duties[0].text', at: ['areas', 2, 'duties', 0, 'text'] }
    ]);
  });

  it('holds the whole saved definition to 63,999 characters', () => {
    const definition = editable();
    const saved = serialiseFrameworkDefinition(DEFAULT_FRAMEWORK).length;
    const fits = 63999 - saved;
    definition.introduction = [...(definition.introduction as string[]), 'a'.repeat(fits - 3)];
    // The new paragraph adds its length plus a comma and two quote marks.
    expect(parseFrameworkDefinition(definition).ok).toBe(true);
    definition.introduction = [...(definition.introduction as string[]).slice(0, -1), 'a'.repeat(fits - 2)];
    expect(errorsOf(definition)).toEqual([
      { code: 'definitionTooLong', length: 64000, max: 63999, path: '', at: [] }
    ]);
  });

  it('says what type a field should be', () => {
    const definition = editable();
    definition.version = 1.5;
    definition.title = 3;
    definition.areas[2].duties[0] = null as unknown as Record<string, unknown>;
    expect(errorsOf(definition)).toEqual([
      { code: 'wrongType', expected: 'integer', received: 'float', path: 'version', at: ['version'] },
      { code: 'wrongType', expected: 'string', received: 'number', path: 'title', at: ['title'] },
      { code: 'wrongType', expected: 'object', received: 'null', path: 'areas[2].duties[0]', at: ['areas', 2, 'duties', 0] }
    ]);
  });

  it('keeps ids safe to use in list filters', () => {
    const definition = editable();
    definition.areas[0].duties[0].id = "clean safe's 1";
    expect(errorsOf(definition)).toEqual([
      { code: 'badId', value: "clean safe's 1", path: 'areas[0].duties[0].id', at: ['areas', 0, 'duties', 0, 'id'] }
    ]);
  });

  it('reports every problem at once, so a trust can fix them in one go', () => {
    const definition = editable();
    definition.areas[0].title = ' ';
    definition.areas[1].id = 'clean-safe';
    definition.areas[2].extra = true;
    expect(errorsOf(definition).map((e) => e.path)).toEqual(['areas[0].title', 'areas[2].extra', 'areas[1].id']);
  });

  it('returns a framework with the definition’s content', () => {
    const definition = editable();
    definition.version = 2;
    definition.areas[0].duties[0].text = 'Managing own safety (local wording)';
    const result = parseFrameworkDefinition(JSON.stringify(definition));
    expect(result.ok).toBe(true);
    const framework = (result as { ok: true; framework: Framework }).framework;
    expect(framework.version).toBe(2);
    expect(framework.areas[0].duties[0].text).toBe('Managing own safety (local wording)');
  });
});
