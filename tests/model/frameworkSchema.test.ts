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
    expect(error.path).toBe('');
    expect(error.message).toMatch(/^The framework definition is not valid JSON \(.+\)\. Check for a missing comma, quote mark or bracket\.$/);
  });

  it('explains JSON that is not an object', () => {
    expect(errorsOf('[]')).toEqual([
      { path: '', message: 'The framework definition must be an object in curly braces, not a list in square brackets.' }
    ]);
  });

  it('needs at least one area', () => {
    const definition = editable();
    definition.areas = [];
    expect(errorsOf(definition)).toEqual([{ path: 'areas', message: 'The framework: there are no areas; add at least one.' }]);
  });

  it('needs the areas field', () => {
    const definition: Record<string, unknown> = editable();
    delete definition.areas;
    expect(errorsOf(definition)).toEqual([{ path: 'areas', message: 'The framework: the "areas" field is missing.' }]);
  });

  it('needs at least one duty in each area', () => {
    const definition = editable();
    definition.areas[1].duties = [];
    expect(errorsOf(definition)).toEqual([{ path: 'areas[1].duties', message: 'Area 2: there are no duties; add at least one.' }]);
  });

  it('refuses a duplicate duty id anywhere, naming both places, regardless of case', () => {
    const definition = editable();
    child(definition.areas[3].duties[6], 0).id = 'Clean-Safe-3';
    expect(errorsOf(definition)).toEqual([
      {
        path: 'areas[3].duties[6].children[0].id',
        message:
          'The id "Clean-Safe-3" is used twice: by area 1, duty 3 (areas[0].duties[2]) and by area 4, duty 7, sub-item 1 (areas[3].duties[6].children[0]). Every area and duty needs its own id.'
      }
    ]);
  });

  it('refuses a duplicate area id', () => {
    const definition = editable();
    definition.areas[2].id = 'manage-data';
    expect(errorsOf(definition)).toEqual([
      {
        path: 'areas[2].id',
        message: 'The id "manage-data" is used twice: by area 2 (areas[1]) and by area 3 (areas[2]). Every area and duty needs its own id.'
      }
    ]);
  });

  it('refuses blank or whitespace-only text, at its exact location', () => {
    const definition = editable();
    child(definition.areas[3].duties[5], 0).text = '   ';
    definition.areas[0].title = '';
    expect(errorsOf(definition)).toEqual([
      { path: 'areas[0].title', message: 'Area 1: the title is blank; fill it in.' },
      { path: 'areas[3].duties[5].children[0].text', message: 'Area 4, duty 6, sub-item 1: the text is blank; every item needs wording.' }
    ]);
  });

  it('refuses nesting deeper than three levels', () => {
    const definition = editable();
    child(child(definition.areas[3].duties[6], 0), 0).children = [{ id: 'too-deep', text: 'A fourth level' }];
    expect(errorsOf(definition)).toEqual([
      {
        path: 'areas[3].duties[6].children[0].children[0].children',
        message:
          'Area 4, duty 7, sub-item 1, sub-item 1: it has sub-items of its own, but duties can nest only three levels deep (a duty, its sub-items and theirs). Move these sub-items up a level.'
      }
    ]);
  });

  it('refuses fields a framework does not use, each at its own path', () => {
    const definition = editable();
    definition.areas[0].colour = 'red';
    definition.areas[1].duties[0].Text = 'Misspelt';
    definition.notes = 'Local copy';
    expect(errorsOf(definition)).toEqual([
      {
        path: 'areas[0].colour',
        message: 'Area 1: "colour" is not a field a framework uses; remove it or check the spelling (names are case-sensitive).'
      },
      {
        path: 'areas[1].duties[0].Text',
        message: 'Area 2, duty 1: "Text" is not a field a framework uses; remove it or check the spelling (names are case-sensitive).'
      },
      {
        path: 'notes',
        message: 'The framework: "notes" is not a field a framework uses; remove it or check the spelling (names are case-sensitive).'
      }
    ]);
  });

  it('holds area titles and QSI references to 255 characters', () => {
    const definition = editable();
    definition.areas[0].title = 'x'.repeat(255);
    expect(parseFrameworkDefinition(definition).ok).toBe(true);
    definition.areas[0].title = 'x'.repeat(256);
    (definition.areas[1].qsiStandards as Record<string, unknown>[])[1].title = 'y'.repeat(300);
    expect(errorsOf(definition)).toEqual([
      {
        path: 'areas[0].title',
        message: 'Area 1: the title is 256 characters long; the most SharePoint can store is 255. Shorten it by 1 character.'
      },
      {
        path: 'areas[1].qsiStandards[1].title',
        message: 'Area 2, QSI standard 2: the title is 300 characters long; the most SharePoint can store is 255. Shorten it by 45 characters.'
      }
    ]);
  });

  it('holds duty text to 63,999 characters', () => {
    const definition = editable();
    definition.areas[2].duties[0].text = 'z'.repeat(64000);
    expect(errorsOf(definition)).toEqual([
      {
        path: 'areas[2].duties[0].text',
        message: 'Area 3, duty 1: the text is 64,000 characters long; the most SharePoint can store is 63,999. Shorten it by 1 character.'
      }
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
      {
        path: '',
        message:
          'The framework definition, when saved, is 64,000 characters long; the most SharePoint can store is 63,999. Shorten it by 1 character.'
      }
    ]);
  });

  it('says what type a field should be', () => {
    const definition = editable();
    definition.version = 1.5;
    definition.title = 3;
    definition.areas[2].duties[0] = null as unknown as Record<string, unknown>;
    expect(errorsOf(definition)).toEqual([
      { path: 'version', message: 'The framework: the version must be a whole number, not a number with a fraction.' },
      { path: 'title', message: 'The framework: the title must be text in quotes, not a number.' },
      { path: 'areas[2].duties[0]', message: 'Area 3, duty 1 must be an object in curly braces, not null.' }
    ]);
  });

  it('keeps ids safe to use in list filters', () => {
    const definition = editable();
    definition.areas[0].duties[0].id = "clean safe's 1";
    expect(errorsOf(definition)).toEqual([
      {
        path: 'areas[0].duties[0].id',
        message:
          'Area 1, duty 1: the id "clean safe\'s 1" can only use letters, digits, hyphens (-), underscores (_) and full stops (.), and must start with a letter or digit.'
      }
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
