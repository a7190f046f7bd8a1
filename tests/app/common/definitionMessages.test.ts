import { DEFAULT_FRAMEWORK, FRAMEWORK_FILE_MAX_BYTES, parseFrameworkDefinition, readFrameworkFile, serialiseFrameworkDefinition } from '../../../src/model';
import { describeDefinitionError } from '../../../src/app/common/definitionMessages';

/** A definition a trust might have edited: a plain, mutable copy of the default. */
type Editable = Record<string, unknown> & {
  areas: (Record<string, unknown> & { duties: Record<string, unknown>[] })[];
};

function editable(): Editable {
  return JSON.parse(JSON.stringify(DEFAULT_FRAMEWORK)) as Editable;
}

/** The problems as the user reads them: where (the JSON path) and the app's sentence. */
function errorsOf(definition: unknown): { path: string; message: string }[] {
  const result = parseFrameworkDefinition(definition);
  if (result.ok) {
    throw new Error('Expected the definition to be refused.');
  }
  return result.errors.map((error) => ({ path: error.path, message: describeDefinitionError(error) }));
}

function child(duty: Record<string, unknown>, index: number): Record<string, unknown> {
  return (duty.children as Record<string, unknown>[])[index];
}

/**
 * The framework definition's problems, found by the model (tests/model/frameworkSchema.test.ts
 * checks their codes) and worded here from the loc strings.
 */
describe('framework definition problems, as worded for people', () => {
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
});

/** What the import shows for a refused file: the problem's sentence (the path is shown beside it). */
function fileProblem(text: string, byteLength = new TextEncoder().encode(text).length): { path: string; message: string } {
  const result = readFrameworkFile(text, byteLength);
  if (result.ok) {
    throw new Error('Expected the file to be refused.');
  }
  return { path: result.error.path, message: describeDefinitionError(result.error) };
}

const file = (framework: unknown, extra: Record<string, unknown> = {}): string =>
  JSON.stringify({ format: 'imaging-duty-mapping-framework', schemaVersion: 1, framework, ...extra });

describe('framework file problems, as worded for people', () => {
  it('says where the JSON breaks', () => {
    expect(fileProblem('{\n  "format": "imaging-duty-mapping-framework",\n  "schemaVersion": 1,,\n}')).toEqual({
      path: '',
      message: expect.stringMatching(/^The file is not valid JSON at line 3, column \d+\. Check for a missing comma, quote mark or bracket\.$/) as unknown
    });
  });

  it('gives the size limit', () => {
    expect(fileProblem('{}', FRAMEWORK_FILE_MAX_BYTES + 1).message).toBe('The file is 1,025 KB; a framework file can be at most 1 MB (1,024 KB).');
  });

  it('explains nesting, markup, another kind of file and a newer format', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 20; i += 1) {
      deep = [deep];
    }
    expect(fileProblem(file({ ...DEFAULT_FRAMEWORK, introduction: deep })).message).toBe('The file nests deeper than a framework can (more than 16 levels).');
    const marked = JSON.parse(JSON.stringify(DEFAULT_FRAMEWORK)) as Editable;
    marked.areas[1].duties[2].text = 'Check <script>alert(1)</script> the list';
    expect(fileProblem(file(marked))).toEqual({
      path: 'framework.areas[1].duties[2].text',
      message: 'This text contains markup (such as <b> or <script>). Framework text must be plain text; remove the tags.'
    });
    expect(fileProblem(JSON.stringify(DEFAULT_FRAMEWORK)).message).toBe('This is not a framework file: it should say "format": "imaging-duty-mapping-framework".');
    expect(fileProblem(file(DEFAULT_FRAMEWORK, { schemaVersion: undefined })).message).toBe('The file does not say which version of the framework format it uses.');
    expect(fileProblem(file(DEFAULT_FRAMEWORK, { schemaVersion: 2 })).message).toBe(
      'The file was written by a newer version of the app (framework format 2; this app reads format 1). Update the app, or export the framework again from an app of this version.'
    );
  });

  it('words a framework’s own problem by where it is in the framework, with the path in the file', () => {
    const missing = JSON.parse(JSON.stringify(DEFAULT_FRAMEWORK)) as Editable;
    delete missing.areas[2].duties[0].id;
    expect(fileProblem(file(missing))).toEqual({ path: 'framework.areas[2].duties[0].id', message: 'Area 3, duty 1: the id is missing.' });
  });
});
