/** @jest-environment node */
import { DEFAULT_FRAMEWORK, FRAMEWORK_FILE_MAX_BYTES, readFrameworkFile, writeFrameworkFile } from '../../src/model';
import type { Framework } from '../../src/model';

const copy = (): Framework => JSON.parse(JSON.stringify(DEFAULT_FRAMEWORK)) as Framework;
const read = (text: string): ReturnType<typeof readFrameworkFile> => readFrameworkFile(text, new TextEncoder().encode(text).length);
const file = (framework: unknown, extra: Record<string, unknown> = {}): string =>
  JSON.stringify({ format: 'imaging-duty-mapping-framework', schemaVersion: 1, framework, ...extra });

describe('framework files', () => {
  test('a written file reads back as the same framework', () => {
    expect(read(writeFrameworkFile(DEFAULT_FRAMEWORK))).toEqual({ ok: true, framework: DEFAULT_FRAMEWORK });
  });

  test('not JSON: refused with the line and column', () => {
    const result = read('{\n  "format": "imaging-duty-mapping-framework",\n  "schemaVersion": 1,,\n}');
    expect(result).toEqual({ ok: false, path: '', message: expect.stringMatching(/not valid JSON at line 3, column \d+/) });
  });

  test('over 1 MB: refused before reading', () => {
    expect(readFrameworkFile('{}', FRAMEWORK_FILE_MAX_BYTES + 1)).toMatchObject({ ok: false, message: expect.stringMatching(/at most 1 MB/) });
  });

  test('nesting too deep: refused at the place it goes too deep', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 20; i += 1) {
      deep = [deep];
    }
    const result = read(file({ ...copy(), introduction: deep }));
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/nests deeper/) });
    expect(result.ok ? '' : result.path).toMatch(/^framework\.introduction\[0\]/);
  });

  test('markup in text: refused at that text', () => {
    const framework = copy();
    framework.areas[1].duties[2].text = 'Check <script>alert(1)</script> the list';
    expect(read(file(framework))).toEqual({ ok: false, path: 'framework.areas[1].duties[2].text', message: expect.stringMatching(/contains markup/) });
  });

  test('duplicate or missing ids: refused with the located message', () => {
    const duplicate = copy();
    duplicate.areas[0].duties[1].id = duplicate.areas[0].duties[0].id;
    expect(read(file(duplicate))).toMatchObject({ ok: false, path: 'framework.areas[0].duties[1].id', message: expect.stringMatching(/used twice/) });
    const missing = copy() as unknown as { areas: Array<{ duties: Array<Record<string, unknown>> }> };
    delete missing.areas[2].duties[0].id;
    expect(read(file(missing))).toMatchObject({ ok: false, path: 'framework.areas[2].duties[0].id', message: expect.stringMatching(/missing/) });
  });

  test('a newer schema version or another kind of file is explained', () => {
    expect(read(file(copy(), { schemaVersion: 2 }))).toMatchObject({ ok: false, path: 'schemaVersion', message: expect.stringMatching(/newer version of the app/) });
    expect(read(JSON.stringify(copy()))).toMatchObject({ ok: false, path: 'format', message: expect.stringMatching(/not a framework file/) });
  });
});
