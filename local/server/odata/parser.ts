/**
 * Recursive-descent parser for SharePoint's `$filter` subset (see lexer.ts for why it is ours).
 *
 * Grammar (precedence: `and` binds tighter than `or`, as in OData):
 *   or      := and ('or' and)*
 *   and     := primary ('and' primary)*
 *   primary := '(' or ')' | func [('eq'|'ne') bool] | operand op operand
 *   func    := 'startswith' '(' member ',' string ')' | 'substringof' '(' string ',' member ')'
 *   operand := member | literal ;  member := ident ('/' ident)?
 */
import { ODataSyntaxError, Token, tokenize } from './lexer';

export type Literal =
  | { type: 'string'; value: string }
  | { type: 'number'; value: number; text: string }
  | { type: 'datetime'; value: string }
  | { type: 'boolean'; value: boolean }
  | { type: 'guid'; value: string }
  | { type: 'null' };

export type CompareOp = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';

export type FilterNode =
  | { kind: 'and' | 'or'; left: FilterNode; right: FilterNode }
  | { kind: 'compare'; op: CompareOp; field: string; value: Literal }
  | { kind: 'startswith' | 'substringof'; field: string; value: string; negated: boolean };

const COMPARE_OPS: ReadonlySet<string> = new Set(['eq', 'ne', 'gt', 'ge', 'lt', 'le']);
/** `5 lt Field` is rewritten as `Field gt 5`. */
const MIRROR: Record<CompareOp, CompareOp> = { eq: 'eq', ne: 'ne', gt: 'lt', ge: 'le', lt: 'gt', le: 'ge' };

type Operand = { member: string } | { literal: Literal };

/** Deeper nesting than any real filter needs; the parser and SQLite both recurse per level. */
const MAX_NESTING = 100;

/**
 * A chain of one operator as a balanced tree: `a or b or … ` 1,000 times deep would exceed
 * SQLite's expression depth (1,000); balanced, it is about ten levels deep.
 */
function balanced(kind: 'and' | 'or', terms: FilterNode[]): FilterNode {
  if (terms.length === 1) {
    return terms[0];
  }
  const middle = Math.floor(terms.length / 2);
  return { kind, left: balanced(kind, terms.slice(0, middle)), right: balanced(kind, terms.slice(middle)) };
}

class Parser {
  private index = 0;
  private depth = 0;

  public constructor(private readonly tokens: Token[], private readonly src: string) {}

  public parseAll(): FilterNode {
    if (this.tokens.length === 0) {
      this.fail('The filter is empty.');
    }
    const node = this.parseOr();
    if (this.index < this.tokens.length) {
      this.fail(`Unexpected '${this.tokens[this.index].text}' at position ${this.tokens[this.index].pos}.`);
    }
    return node;
  }

  private fail(message: string): never {
    throw new ODataSyntaxError(message, this.src);
  }

  private peek(): Token | undefined {
    return this.tokens[this.index];
  }

  private next(): Token {
    const token = this.tokens[this.index];
    if (token === undefined) {
      this.fail('Unexpected end of the filter.');
    }
    this.index += 1;
    return token;
  }

  private expect(kind: Token['kind']): Token {
    const token = this.next();
    if (token.kind !== kind) {
      this.fail(`Expected ${kind} at position ${token.pos} but found '${token.text}'.`);
    }
    return token;
  }

  private isKeyword(word: string): boolean {
    const token = this.peek();
    return token !== undefined && token.kind === 'ident' && token.text.toLowerCase() === word;
  }

  private parseOr(): FilterNode {
    const terms = [this.parseAnd()];
    while (this.isKeyword('or')) {
      this.index += 1;
      terms.push(this.parseAnd());
    }
    return balanced('or', terms);
  }

  private parseAnd(): FilterNode {
    const terms = [this.parsePrimary()];
    while (this.isKeyword('and')) {
      this.index += 1;
      terms.push(this.parsePrimary());
    }
    return balanced('and', terms);
  }

  private parsePrimary(): FilterNode {
    const token = this.peek();
    if (token?.kind === 'lparen') {
      // Bounded so that a hostile filter gets a 400, not a stack overflow (6,000 nested parentheses did).
      this.depth += 1;
      if (this.depth > MAX_NESTING) {
        this.fail(`The filter nests parentheses more than ${MAX_NESTING} deep.`);
      }
      this.index += 1;
      const inner = this.parseOr();
      this.expect('rparen');
      this.depth -= 1;
      return inner;
    }
    const lower = token?.kind === 'ident' ? token.text.toLowerCase() : '';
    if ((lower === 'startswith' || lower === 'substringof') && this.tokens[this.index + 1]?.kind === 'lparen') {
      return this.parseFunction(lower);
    }
    const left = this.parseOperand();
    const opToken = this.next();
    const op = opToken.text.toLowerCase();
    if (opToken.kind !== 'ident' || !COMPARE_OPS.has(op)) {
      this.fail(`Expected a comparison operator at position ${opToken.pos} but found '${opToken.text}'.`);
    }
    const right = this.parseOperand();
    if ('member' in left && 'literal' in right) {
      return { kind: 'compare', op: op as CompareOp, field: left.member, value: right.literal };
    }
    if ('literal' in left && 'member' in right) {
      return { kind: 'compare', op: MIRROR[op as CompareOp], field: right.member, value: left.literal };
    }
    return this.fail(`A comparison needs one field and one literal (position ${opToken.pos}).`);
  }

  private parseFunction(name: 'startswith' | 'substringof'): FilterNode {
    this.index += 2;
    let field: string;
    let value: string;
    if (name === 'startswith') {
      field = this.parseMember();
      this.expect('comma');
      value = this.expect('string').text;
    } else {
      value = this.expect('string').text;
      this.expect('comma');
      field = this.parseMember();
    }
    this.expect('rparen');
    let negated = false;
    // OData v3 also allows `startswith(F,'x') eq true`.
    if (this.isKeyword('eq') || this.isKeyword('ne')) {
      const op = this.next().text.toLowerCase();
      const bool = this.next();
      const b = bool.text.toLowerCase();
      if (bool.kind !== 'ident' || (b !== 'true' && b !== 'false')) {
        this.fail(`Expected true or false at position ${bool.pos}.`);
      }
      negated = (op === 'eq') !== (b === 'true');
    }
    return { kind: name, field, value, negated };
  }

  private parseMember(): string {
    let name = this.expect('ident').text;
    if (this.peek()?.kind === 'slash') {
      this.index += 1;
      name += `/${this.expect('ident').text}`;
    }
    return name;
  }

  private parseOperand(): Operand {
    const token = this.peek();
    if (token === undefined) {
      return this.fail('Unexpected end of the filter.');
    }
    switch (token.kind) {
      case 'string':
        this.index += 1;
        return { literal: { type: 'string', value: token.text } };
      case 'number':
        this.index += 1;
        return { literal: { type: 'number', value: Number(token.text), text: token.text } };
      case 'datetime':
        this.index += 1;
        return { literal: { type: 'datetime', value: token.text } };
      case 'guid':
        this.index += 1;
        return { literal: { type: 'guid', value: token.text } };
      case 'ident': {
        const lower = token.text.toLowerCase();
        if (lower === 'true' || lower === 'false') {
          this.index += 1;
          return { literal: { type: 'boolean', value: lower === 'true' } };
        }
        if (lower === 'null') {
          this.index += 1;
          return { literal: { type: 'null' } };
        }
        return { member: this.parseMember() };
      }
      default:
        return this.fail(`Unexpected '${token.text}' at position ${token.pos}.`);
    }
  }
}

/** Parses `$filter` text into a tree; throws ODataSyntaxError on anything outside the subset. */
export function parseFilter(src: string): FilterNode {
  return new Parser(tokenize(src), src).parseAll();
}

/** Every field path a filter mentions, left to right. */
export function filterFields(node: FilterNode): string[] {
  switch (node.kind) {
    case 'and':
    case 'or':
      return [...filterFields(node.left), ...filterFields(node.right)];
    default:
      return [node.field];
  }
}

/**
 * The clause SharePoint uses to pick an index: the leftmost operand of the top-level `and` chain.
 * (It may itself be an `or` group.)
 */
export function firstClause(node: FilterNode): FilterNode {
  return node.kind === 'and' ? firstClause(node.left) : node;
}
