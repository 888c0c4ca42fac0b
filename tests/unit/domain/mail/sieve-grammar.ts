// A checker for Sieve scripts, for tests: the RFC 5228 §8 grammar (lexer and parser) and the
// signatures of the commands and tests the app writes (RFC 5228 core, fileinto, mailbox
// `:create` RFC 5490, subaddress RFC 5233, date RFC 5260, relational RFC 5231), including that
// every extension used is named in a `require` at the top. No npm package parses Sieve; the
// unit tests also run Dovecot's own compiler (`sievec`) where it is installed.

/** A parse or semantic error with the offset it was found at. */
export class SieveSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(`${message} (at ${offset})`);
  }
}

type Token =
  | { kind: 'identifier' | 'tag' | 'string' | 'number'; value: string; at: number }
  | { kind: 'special'; value: '[' | ']' | '{' | '}' | '(' | ')' | ',' | ';'; at: number };

/** One argument: a string list (a single string is a list of one), a number or a tag. */
export type SieveArgument = { kind: 'strings'; values: string[] } | { kind: 'number'; value: number } | { kind: 'tag'; name: string };
/** A test: its name, arguments and nested tests. */
export interface SieveTest {
  name: string;
  args: SieveArgument[];
  tests: SieveTest[];
}
/** A command: its name, arguments, nested tests and block. */
export interface SieveCommand extends SieveTest {
  block: SieveCommand[] | null;
}

function tokenize(script: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < script.length) {
    const rest = script.slice(i);
    const space = /^[ \t\r\n]+/.exec(rest);
    if (space) {
      i += space[0].length;
      continue;
    }
    if (rest.startsWith('#')) {
      const end = script.indexOf('\n', i);
      i = end < 0 ? script.length : end + 1;
      continue;
    }
    if (rest.startsWith('/*')) {
      const end = script.indexOf('*/', i + 2);
      if (end < 0) throw new SieveSyntaxError('unterminated comment', i);
      i = end + 2;
      continue;
    }
    if (rest.startsWith('"')) {
      let value = '';
      let j = i + 1;
      for (;;) {
        if (j >= script.length) throw new SieveSyntaxError('unterminated string', i);
        const c = script[j] as string;
        if (c === '"') break;
        if (c === '\\') {
          j += 1;
          if (j >= script.length) throw new SieveSyntaxError('unterminated string', i);
        }
        value += script[j];
        j += 1;
      }
      tokens.push({ kind: 'string', value, at: i });
      i = j + 1;
      continue;
    }
    if (/^text:/i.test(rest)) throw new SieveSyntaxError('multi-line strings are not written by the app', i);
    const number = /^[0-9]+[KMG]?/i.exec(rest);
    if (number) {
      tokens.push({ kind: 'number', value: number[0], at: i });
      i += number[0].length;
      continue;
    }
    const word = /^:?[A-Za-z_][A-Za-z0-9_]*/.exec(rest);
    if (word) {
      const isTag = word[0].startsWith(':');
      tokens.push({ kind: isTag ? 'tag' : 'identifier', value: isTag ? word[0].slice(1) : word[0], at: i });
      i += word[0].length;
      continue;
    }
    const special = rest[0] as string;
    if ('[]{}(),;'.includes(special)) {
      tokens.push({ kind: 'special', value: special as '[', at: i });
      i += 1;
      continue;
    }
    throw new SieveSyntaxError(`unexpected character ${JSON.stringify(special)}`, i);
  }
  return tokens;
}

class Parser {
  private i = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly end: number,
  ) {}

  private peek(): Token | undefined {
    return this.tokens[this.i];
  }

  private at(): number {
    return this.peek()?.at ?? this.end;
  }

  private isSpecial(value: string): boolean {
    const token = this.peek();
    return token?.kind === 'special' && token.value === value;
  }

  private expectSpecial(value: string): void {
    if (!this.isSpecial(value)) throw new SieveSyntaxError(`expected "${value}"`, this.at());
    this.i += 1;
  }

  private identifier(): string {
    const token = this.peek();
    if (token?.kind !== 'identifier') throw new SieveSyntaxError('expected an identifier', this.at());
    this.i += 1;
    return token.value.toLowerCase();
  }

  commands(inBlock: boolean): SieveCommand[] {
    const commands: SieveCommand[] = [];
    while (this.peek() && !(inBlock && this.isSpecial('}'))) commands.push(this.command());
    return commands;
  }

  private command(): SieveCommand {
    const name = this.identifier();
    const { args, tests } = this.arguments();
    if (this.isSpecial(';')) {
      this.i += 1;
      return { name, args, tests, block: null };
    }
    this.expectSpecial('{');
    const block = this.commands(true);
    this.expectSpecial('}');
    return { name, args, tests, block };
  }

  private arguments(): { args: SieveArgument[]; tests: SieveTest[] } {
    const args: SieveArgument[] = [];
    for (;;) {
      const token = this.peek();
      if (token?.kind === 'string' || this.isSpecial('[')) args.push({ kind: 'strings', values: this.stringList() });
      else if (token?.kind === 'number') {
        args.push({ kind: 'number', value: Number.parseInt(token.value, 10) });
        this.i += 1;
      } else if (token?.kind === 'tag') {
        args.push({ kind: 'tag', name: token.value.toLowerCase() });
        this.i += 1;
      } else break;
    }
    if (this.isSpecial('(')) {
      this.i += 1;
      const tests = [this.test()];
      while (this.isSpecial(',')) {
        this.i += 1;
        tests.push(this.test());
      }
      this.expectSpecial(')');
      return { args, tests };
    }
    return { args, tests: this.peek()?.kind === 'identifier' ? [this.test()] : [] };
  }

  private test(): SieveTest {
    const name = this.identifier();
    return { name, ...this.arguments() };
  }

  private stringList(): string[] {
    const token = this.peek();
    if (token?.kind === 'string') {
      this.i += 1;
      return [token.value];
    }
    this.expectSpecial('[');
    const values: string[] = [];
    for (;;) {
      const item = this.peek();
      if (item?.kind !== 'string') throw new SieveSyntaxError('expected a string', this.at());
      values.push(item.value);
      this.i += 1;
      if (!this.isSpecial(',')) break;
      this.i += 1;
    }
    this.expectSpecial(']');
    return values;
  }
}

const MATCH_TYPES: Readonly<Record<string, string | null>> = { is: null, contains: null, matches: null, value: 'relational' };
const ADDRESS_PARTS: Readonly<Record<string, string | null>> = { all: null, localpart: null, domain: null, user: 'subaddress', detail: 'subaddress' };
const RELATIONS = ['gt', 'ge', 'lt', 'le', 'eq', 'ne'];
const DATE_PARTS = ['year', 'month', 'day', 'date', 'julian', 'hour', 'minute', 'second', 'time', 'iso8601', 'std11', 'zone', 'weekday'];

/** Checks a parsed script's commands and tests against their RFC signatures and the requires. */
function checkSemantics(commands: SieveCommand[]): void {
  const required = new Set<string>();
  const need = (extension: string | null, what: string) => {
    if (extension !== null && !required.has(extension)) throw new SieveSyntaxError(`${what} needs require "${extension}"`, 0);
  };
  const strings = (arg: SieveArgument | undefined, what: string): string[] => {
    if (arg?.kind !== 'strings') throw new SieveSyntaxError(`${what}: expected a string list`, 0);
    return arg.values;
  };
  const single = (arg: SieveArgument | undefined, what: string): string => {
    const values = strings(arg, what);
    if (values.length !== 1) throw new SieveSyntaxError(`${what}: expected one string`, 0);
    return values[0] as string;
  };

  // Optional tagged arguments first, then the positional ones; returns the positional ones.
  const tagged = (args: SieveArgument[], what: string, allowed: (tag: string, next: () => SieveArgument | undefined) => void): SieveArgument[] => {
    let i = 0;
    while (args[i]?.kind === 'tag') {
      const tag = (args[i] as { name: string }).name;
      i += 1;
      allowed(tag, () => args[i++]);
    }
    if (args.slice(i).some((arg) => arg.kind === 'tag')) throw new SieveSyntaxError(`${what}: tag after positional argument`, 0);
    return args.slice(i);
  };

  const matchTag = (what: string, tag: string, next: () => SieveArgument | undefined): boolean => {
    if (tag in MATCH_TYPES) {
      need(MATCH_TYPES[tag] ?? null, `:${tag}`);
      if (tag === 'value' && !RELATIONS.includes(single(next(), `${what} :value`))) throw new SieveSyntaxError(`${what}: unknown relation`, 0);
      return true;
    }
    if (tag === 'comparator') {
      single(next(), `${what} :comparator`);
      return true;
    }
    return false;
  };

  const test = (node: SieveTest): void => {
    const what = node.name;
    switch (what) {
      case 'true':
      case 'false':
        if (node.args.length || node.tests.length) throw new SieveSyntaxError(`${what} takes nothing`, 0);
        return;
      case 'not':
        if (node.args.length || node.tests.length !== 1) throw new SieveSyntaxError('not takes one test', 0);
        return node.tests.forEach(test);
      case 'allof':
      case 'anyof':
        if (node.args.length || node.tests.length === 0) throw new SieveSyntaxError(`${what} takes a test list`, 0);
        return node.tests.forEach(test);
      case 'address':
      case 'header': {
        const positional = tagged(node.args, what, (tag, next) => {
          if (matchTag(what, tag, next)) return;
          if (what === 'address' && tag in ADDRESS_PARTS) return need(ADDRESS_PARTS[tag] ?? null, `:${tag}`);
          throw new SieveSyntaxError(`${what}: unknown tag :${tag}`, 0);
        });
        if (positional.length !== 2 || node.tests.length) throw new SieveSyntaxError(`${what} takes a header list and a key list`, 0);
        strings(positional[0], what);
        strings(positional[1], what);
        return;
      }
      case 'currentdate': {
        need('date', what);
        const positional = tagged(node.args, what, (tag, next) => {
          if (matchTag(what, tag, next)) return;
          if (tag === 'zone' && /^[+-]\d{4}$/.test(single(next(), ':zone'))) return;
          throw new SieveSyntaxError(`${what}: bad tag :${tag}`, 0);
        });
        if (positional.length !== 2 || node.tests.length) throw new SieveSyntaxError(`${what} takes a date-part and a key list`, 0);
        if (!DATE_PARTS.includes(single(positional[0], what).toLowerCase())) throw new SieveSyntaxError(`${what}: unknown date-part`, 0);
        strings(positional[1], what);
        return;
      }
      default:
        throw new SieveSyntaxError(`unknown test ${what}`, 0);
    }
  };

  const command = (node: SieveCommand, index: number, siblings: SieveCommand[], topLevel: boolean): void => {
    const noBlock = () => {
      if (node.block !== null || node.tests.length) throw new SieveSyntaxError(`${node.name} takes no block or test`, 0);
    };
    switch (node.name) {
      case 'require': {
        noBlock();
        if (!topLevel || siblings.slice(0, index).some((other) => other.name !== 'require')) {
          throw new SieveSyntaxError('require must come first', 0);
        }
        if (node.args.length !== 1) throw new SieveSyntaxError('require takes a string list', 0);
        for (const extension of strings(node.args[0], 'require')) {
          if (!['fileinto', 'mailbox', 'subaddress', 'date', 'relational'].includes(extension)) throw new SieveSyntaxError(`unknown extension ${extension}`, 0);
          required.add(extension);
        }
        return;
      }
      case 'if':
      case 'elsif':
      case 'else': {
        if (node.name !== 'if' && !['if', 'elsif'].includes(siblings[index - 1]?.name ?? '')) throw new SieveSyntaxError(`${node.name} without if`, 0);
        if (node.block === null || node.args.length) throw new SieveSyntaxError(`${node.name} needs a block`, 0);
        if (node.name === 'else' ? node.tests.length !== 0 : node.tests.length !== 1) throw new SieveSyntaxError(`${node.name}: wrong test`, 0);
        node.tests.forEach(test);
        return node.block.forEach((child, i, all) => command(child, i, all, false));
      }
      case 'stop':
      case 'keep':
      case 'discard':
        noBlock();
        if (node.args.length) throw new SieveSyntaxError(`${node.name} takes no arguments`, 0);
        return;
      case 'fileinto': {
        noBlock();
        need('fileinto', 'fileinto');
        const positional = tagged(node.args, 'fileinto', (tag) => {
          if (tag === 'create') return need('mailbox', ':create');
          throw new SieveSyntaxError(`fileinto: unknown tag :${tag}`, 0);
        });
        if (positional.length !== 1) throw new SieveSyntaxError('fileinto takes one mailbox', 0);
        single(positional[0], 'fileinto');
        return;
      }
      default:
        throw new SieveSyntaxError(`unknown command ${node.name}`, 0);
    }
  };
  commands.forEach((node, i, all) => command(node, i, all, true));
}

/** Parses a Sieve script and checks it; throws `SieveSyntaxError` for anything RFC 5228 refuses. */
export function checkSieve(script: string): SieveCommand[] {
  const commands = new Parser(tokenize(script), script.length).commands(false);
  checkSemantics(commands);
  return commands;
}
