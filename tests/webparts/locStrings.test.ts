/** @jest-environment node */
import { readFileSync } from 'fs';
import { join } from 'path';

const LOC = join(__dirname, '../../src/webparts/imagingDutyMapping/loc');
/** The screens a key may belong to (see the headings in mystrings.d.ts). */
const SCREENS = ['Shell', 'Common', 'Chooser', 'Mapping', 'Overview', 'Actions', 'Frameworks'];

function interfaceKeys(): string[] {
  const source = readFileSync(join(LOC, 'mystrings.d.ts'), 'utf8');
  const body = source.slice(source.indexOf('{') + 1, source.indexOf('declare module'));
  return [...body.matchAll(/^\s*([A-Za-z0-9_]+)\s*:\s*string\s*;/gm)].map((m) => m[1]);
}

function enUs(): Record<string, unknown> {
  let strings: Record<string, unknown> = {};
  // The file is an AMD module, as SPFx's loader reads it.
  new Function('define', readFileSync(join(LOC, 'en-us.js'), 'utf8'))((_deps: unknown, factory: () => Record<string, unknown>) => {
    strings = factory();
  });
  return strings;
}

describe('the loc strings', () => {
  test('the interface and en-us.js hold the same keys, each once', () => {
    const declared = interfaceKeys();
    expect(declared.length).toBeGreaterThan(0);
    expect(declared.filter((key, index) => declared.indexOf(key) !== index)).toEqual([]);
    expect(Object.keys(enUs()).sort()).toEqual([...declared].sort());
  });

  test('every key names its screen, and every value is words', () => {
    const strings = enUs();
    const unprefixed = Object.keys(strings).filter((key) => !SCREENS.some((screen) => key.startsWith(screen) && /^[A-Z0-9]/.test(key.slice(screen.length))));
    expect(unprefixed).toEqual([]);
    const blank = Object.entries(strings).filter(([, value]) => typeof value !== 'string' || value.trim() === '');
    expect(blank).toEqual([]);
  });
});
