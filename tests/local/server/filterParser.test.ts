/** @jest-environment node */
import { ODataSyntaxError, tokenize } from '../../../local/server/odata/lexer';
import { matchesFilter } from '../../../local/server/odata/memory';
import { firstClause, parseFilter } from '../../../local/server/odata/parser';
import { formatSkipToken, parseOrderBy, parseSkipToken, parseTop } from '../../../local/server/odata/query';
import { SqlColumn, compileFilter } from '../../../local/server/odata/sql';
import { SpError } from '../../../local/server/http/errors';

const columns: Record<string, SqlColumn> = {
  Title: { expr: 'T', valueType: 'text' },
  MappingId: { expr: 'M', valueType: 'number' },
  Done: { expr: 'B', valueType: 'boolean' },
  Due: { expr: 'D', valueType: 'datetime' },
  ID: { expr: 'id', valueType: 'counter' }
};
const resolve = (name: string): SqlColumn => {
  const c = columns[name];
  if (c === undefined) {
    throw new Error(`unknown ${name}`);
  }
  return c;
};

describe('tokenize', () => {
  it('reads quoted strings with doubled quotes, typed literals and numbers', () => {
    const tokens = tokenize("Title eq 'O''Brien' and Due ge datetime'2026-01-01T00:00:00Z' and N gt -2.5");
    expect(tokens.map((t) => [t.kind, t.text])).toEqual([
      ['ident', 'Title'],
      ['ident', 'eq'],
      ['string', "O'Brien"],
      ['ident', 'and'],
      ['ident', 'Due'],
      ['ident', 'ge'],
      ['datetime', '2026-01-01T00:00:00Z'],
      ['ident', 'and'],
      ['ident', 'N'],
      ['ident', 'gt'],
      ['number', '-2.5']
    ]);
  });

  it('rejects an unterminated string and stray characters', () => {
    expect(() => tokenize("Title eq 'abc")).toThrow(ODataSyntaxError);
    expect(() => tokenize('Title eq #')).toThrow(ODataSyntaxError);
  });
});

describe('parseFilter', () => {
  it('gives and precedence over or', () => {
    expect(parseFilter('A eq 1 or B eq 2 and C eq 3')).toMatchObject({
      kind: 'or',
      left: { kind: 'compare', op: 'eq', field: 'A', value: { type: 'number', value: 1, text: '1' } },
      right: { kind: 'and', left: { field: 'B' }, right: { field: 'C' } }
    });
  });

  it('honours parentheses', () => {
    const node = parseFilter('(A eq 1 or B eq 2) and C eq 3');
    expect(node.kind).toBe('and');
    expect(firstClause(node).kind).toBe('or');
  });

  it('parses startswith, substringof (also with eq false) and person paths', () => {
    expect(parseFilter("startswith(Title,'Ra')")).toEqual({ kind: 'startswith', field: 'Title', value: 'Ra', negated: false });
    expect(parseFilter("substringof('x''y',Title) eq false")).toEqual({ kind: 'substringof', field: 'Title', value: "x'y", negated: true });
    expect(parseFilter("Author/Title eq 'Olivia Owen'")).toMatchObject({ field: 'Author/Title' });
  });

  it('parses booleans, null, and mirrors literal-first comparisons', () => {
    expect(parseFilter('Done eq true')).toMatchObject({ value: { type: 'boolean', value: true } });
    expect(parseFilter('Due eq null')).toMatchObject({ value: { type: 'null' } });
    expect(parseFilter('5 lt MappingId')).toMatchObject({ op: 'gt', field: 'MappingId' });
  });

  it('is case-insensitive for operators and keywords', () => {
    expect(parseFilter("Title EQ 'a' AND Done Eq TRUE").kind).toBe('and');
  });

  it.each(['', 'Title eq', "Title 'a'", "Title eq 'a' and", "(Title eq 'a'", "Title eq 'a')", 'A eq B', "startswith(Title,'a'", 'not Done eq 1'])(
    'rejects %p',
    (src) => {
      expect(() => parseFilter(src)).toThrow(ODataSyntaxError);
    }
  );
});

describe('compileFilter', () => {
  it('binds every literal as a parameter, so quotes cannot break out', () => {
    const cond = compileFilter(parseFilter("Title eq 'x'' OR 1=1 --' and MappingId eq 7"), resolve);
    expect(cond.sql).toBe('(T = ? AND M = ?)');
    expect(cond.params).toEqual(["x' OR 1=1 --", 7]);
  });

  it('converts literals to the column type and normalises dates', () => {
    expect(compileFilter(parseFilter('Done eq 1'), resolve).params).toEqual([1]);
    expect(compileFilter(parseFilter('Done eq false'), resolve).params).toEqual([0]);
    expect(compileFilter(parseFilter("MappingId eq '12'"), resolve).params).toEqual([12]);
    expect(compileFilter(parseFilter("Due lt '2026-03-01T10:00:00.000Z'"), resolve).params).toEqual(['2026-03-01T10:00:00Z']);
    expect(compileFilter(parseFilter("Due ge datetime'2026-01-01'"), resolve).params).toEqual(['2026-01-01T00:00:00Z']);
  });

  it('escapes LIKE wildcards in startswith/substringof', () => {
    const cond = compileFilter(parseFilter("substringof('50%_off',Title)"), resolve);
    expect(cond.sql).toBe("T LIKE ? ESCAPE '\\'");
    expect(cond.params).toEqual(['%50\\%\\_off%']);
  });

  it('keeps empty values for ne and uses IS NULL for null', () => {
    expect(compileFilter(parseFilter('MappingId ne 3'), resolve).sql).toBe('(M IS NULL OR M <> ?)');
    expect(compileFilter(parseFilter('Due eq null'), resolve)).toEqual({ sql: 'D IS NULL', params: [] });
  });

  it('compiles equalities on one field joined by or as IN (the same rows; SQLite seeks its index for each value)', () => {
    expect(compileFilter(parseFilter("(MappingId eq 1 or MappingId eq '2' or MappingId eq 3) and Title eq 'x'"), resolve)).toEqual({ sql: '(M IN (?, ?, ?) AND T = ?)', params: [1, 2, 3, 'x'] });
    // Another field, another operator or null keeps the ORs.
    expect(compileFilter(parseFilter("MappingId eq 1 or Title eq 'x'"), resolve).sql).toBe('(M = ? OR T = ?)');
    expect(compileFilter(parseFilter('MappingId eq 1 or MappingId gt 5'), resolve).sql).toBe('(M = ? OR M > ?)');
    expect(compileFilter(parseFilter('Due eq null or Due eq null'), resolve).sql).toBe('(D IS NULL OR D IS NULL)');
  });

  it('rejects values of the wrong type with a 400', () => {
    expect(() => compileFilter(parseFilter("MappingId eq 'abc'"), resolve)).toThrow(SpError);
    expect(() => compileFilter(parseFilter("Due gt 'not a date'"), resolve)).toThrow(SpError);
    expect(() => compileFilter(parseFilter('Due gt null'), resolve)).toThrow(SpError);
  });
});

describe('matchesFilter (in-memory collections)', () => {
  const user = { Title: "Daniel O'Brien", Email: 'daniel.obrien@imaging.local', Id: 10, IsSiteAdmin: false };

  it('evaluates substringof case-insensitively, booleans and numbers', () => {
    expect(matchesFilter(parseFilter("substringof('o''brien',Title)"), user, 'SP.User')).toBe(true);
    expect(matchesFilter(parseFilter('IsSiteAdmin eq false and Id ge 10'), user, 'SP.User')).toBe(true);
    expect(matchesFilter(parseFilter("startswith(Email,'marcus') or Id eq 11"), user, 'SP.User')).toBe(false);
  });

  it('rejects an unknown property', () => {
    expect(() => matchesFilter(parseFilter("Nope eq 'x'"), user, 'SP.User')).toThrow(SpError);
  });
});

describe('other query options', () => {
  it('parses $orderby keys and directions', () => {
    expect(parseOrderBy('SortOrder asc, Title desc,ID')).toEqual([
      { field: 'SortOrder', descending: false },
      { field: 'Title', descending: true },
      { field: 'ID', descending: false }
    ]);
    expect(() => parseOrderBy('Title sideways')).toThrow(ODataSyntaxError);
  });

  it('defaults $top to 100 and caps it at 5000', () => {
    expect(parseTop(undefined, 100, 5000)).toBe(100);
    expect(parseTop('9000', 100, 5000)).toBe(5000);
    expect(() => parseTop('-1', 100, 5000)).toThrow(ODataSyntaxError);
  });

  it('round-trips skip tokens with sort values', () => {
    const token = formatSkipToken(42, [['Title', 'a&b=c'], ['Due', null]]);
    expect(token).toBe('Paged=TRUE&p_Title=a%26b%3Dc&p_Due=&p_ID=42');
    expect(parseSkipToken(token)).toEqual({ id: 42, values: { Title: 'a&b=c', Due: null } });
    expect(() => parseSkipToken('Paged=TRUE')).toThrow(ODataSyntaxError);
  });
});
