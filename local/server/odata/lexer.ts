/**
 * Tokenizer for the OData v3 `$filter` dialect SharePoint speaks.
 *
 * Why hand-written: the maintained OData parsers on npm implement OData v4 and reject the v3 forms
 * SharePoint and PnPjs use every day (`substringof('x',F)`, `datetime'2026-01-01T00:00:00Z'`,
 * booleans as 1/0). The subset is small enough that a tested tokenizer and recursive-descent parser
 * are less risk than bending a v4 grammar.
 */

export type TokenKind = 'ident' | 'string' | 'number' | 'datetime' | 'guid' | 'lparen' | 'rparen' | 'comma' | 'slash';

export interface Token {
  kind: TokenKind;
  /** Identifier name, decoded string value, or the number's source text. */
  text: string;
  /** Offset in the source, for error messages. */
  pos: number;
}

/** Thrown for any malformed `$filter`/`$orderby` text; the HTTP layer maps it to SharePoint's 400. */
export class ODataSyntaxError extends Error {
  public constructor(message: string, public readonly source: string) {
    super(message);
    this.name = 'ODataSyntaxError';
  }
}

const IDENT_START = /[A-Za-z_]/;
const IDENT_PART = /[A-Za-z0-9_]/;
const NUMBER = /^-?\d+(\.\d+)?([eE][+-]?\d+)?[LlDdMmFf]?/;

/** Reads a quoted literal starting at `start` (on the opening quote); `''` is an escaped quote. */
function readQuoted(src: string, start: number): { value: string; end: number } {
  let i = start + 1;
  let value = '';
  for (;;) {
    if (i >= src.length) {
      throw new ODataSyntaxError(`Unterminated string literal at position ${start}.`, src);
    }
    const ch = src[i];
    if (ch === "'") {
      if (src[i + 1] === "'") {
        value += "'";
        i += 2;
        continue;
      }
      return { value, end: i + 1 };
    }
    value += ch;
    i += 1;
  }
}

/** Splits `$filter` text into tokens. Keywords (eq, and, true, null…) come out as identifiers. */
export function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i];
    if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
      i += 1;
      continue;
    }
    const single: Partial<Record<string, TokenKind>> = { '(': 'lparen', ')': 'rparen', ',': 'comma', '/': 'slash' };
    const singleKind = single[ch];
    if (singleKind !== undefined) {
      tokens.push({ kind: singleKind, text: ch, pos: i });
      i += 1;
      continue;
    }
    if (ch === "'") {
      const { value, end } = readQuoted(src, i);
      tokens.push({ kind: 'string', text: value, pos: i });
      i = end;
      continue;
    }
    const num = NUMBER.exec(src.slice(i));
    if (num !== null && (ch === '-' || /\d/.test(ch))) {
      tokens.push({ kind: 'number', text: num[0].replace(/[LlDdMmFf]$/, ''), pos: i });
      i += num[0].length;
      continue;
    }
    if (IDENT_START.test(ch)) {
      let j = i + 1;
      while (j < src.length && IDENT_PART.test(src[j])) {
        j += 1;
      }
      const word = src.slice(i, j);
      const lower = word.toLowerCase();
      // Typed literals: datetime'…' and guid'…' (OData v3).
      if ((lower === 'datetime' || lower === 'guid' || lower === 'datetimeoffset') && src[j] === "'") {
        const { value, end } = readQuoted(src, j);
        tokens.push({ kind: lower === 'guid' ? 'guid' : 'datetime', text: value, pos: i });
        i = end;
        continue;
      }
      tokens.push({ kind: 'ident', text: word, pos: i });
      i = j;
      continue;
    }
    throw new ODataSyntaxError(`Unexpected character '${ch}' at position ${i}.`, src);
  }
  return tokens;
}
