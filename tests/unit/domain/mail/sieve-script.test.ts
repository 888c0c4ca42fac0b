import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { planFilters } from '../../../../src/domain/mail/filter-plan';
import { SIEVE_DIALECTS, makeSieveScript, sieveString, type SieveDialect } from '../../../../src/domain/mail/sieve-script';
import { checkSieve, SieveSyntaxError, type SieveCommand, type SieveTest } from './sieve-grammar';
import { filterSample } from './filter-sample';

const NOW = Date.UTC(2026, 10, 25, 9, 0);
const HOUR = 3_600_000;

/** The argument of each tag and string in a test, flattened: enough to compare with what was meant. */
function words(node: SieveTest): string[] {
  return node.args.flatMap((arg) => (arg.kind === 'tag' ? [`:${arg.name}`] : arg.kind === 'number' ? [String(arg.value)] : arg.values.length === 1 ? arg.values : [JSON.stringify(arg.values)]));
}

function ruleBlocks(script: string): { test: string[]; block: SieveCommand[] }[] {
  return checkSieve(script)
    .filter((command) => command.name === 'if')
    .map((command) => ({ test: [command.tests[0]!.name, ...words(command.tests[0]!)], block: command.block! }));
}

function commandNames(commands: SieveCommand[]): string[] {
  return commands.flatMap((command) => [command.name, ...commandNames(command.block ?? [])]);
}

describe('makeSieveScript', () => {
  const sample = filterSample(NOW);
  const rules = planFilters(sample);

  for (const dialect of SIEVE_DIALECTS) {
    describe(dialect, () => {
      const script = makeSieveScript(sample, dialect);
      const blocks = ruleBlocks(script);
      const prefix = dialect === 'fastmail' ? 'INBOX.' : '';

      it('is a valid Sieve script that requires exactly the extensions it uses', () => {
        const require = checkSieve(script)[0]!;
        expect(require.name).toBe('require');
        const extensions = ['fileinto', 'mailbox', ...(dialect === 'proton' ? [] : ['subaddress']), 'date', 'relational'];
        expect(words(require)).toEqual([JSON.stringify(extensions)]);
        expect(new Set(commandNames(checkSieve(script)))).toEqual(new Set(['require', 'if', 'fileinto', 'stop', 'keep']));
      });

      it('has one rule per handed-out address, matching its tag (or, on Proton, the whole address)', () => {
        expect(blocks).toHaveLength(rules.length);
        blocks.forEach(({ test }, i) => {
          const rule = rules[i]!;
          expect(test).toEqual(
            dialect === 'proton' ? ['address', ':all', ':is', '["to","cc"]', rule.address] : ['address', ':detail', ':is', '["to","cc"]', rule.tag],
          );
        });
      });

      it('moves mail to an expired address to the expired folder and stops there', () => {
        blocks.forEach(({ block }, i) => {
          if (!rules[i]!.expired) return;
          expect(block.map((command) => [command.name, ...words(command)])).toEqual([['fileinto', ':create', `${prefix}Meishi: expired`], ['stop']]);
        });
      });

      it('files mail to a valid address under its event and keeps it in the inbox, until its expiry', () => {
        blocks.forEach(({ block }, i) => {
          const rule = rules[i]!;
          if (rule.expired) return;
          const label = [['fileinto', ':create', `${prefix}${rule.folder}`], ['keep']];
          const flat = block.map((command) => [command.name, ...words(command)]);
          if (rule.expiresAt === null) {
            expect(flat, rule.tag).toEqual(label);
            return;
          }
          const when = new Date(rule.expiresAt).toISOString().slice(0, 19);
          expect(flat[0], rule.tag).toEqual(['if']);
          expect([block[0]!.tests[0]!.name, ...words(block[0]!.tests[0]!)]).toEqual(['currentdate', ':zone', '+0000', ':value', 'ge', 'iso8601', when]);
          expect(block[0]!.block!.map((command) => [command.name, ...words(command)])).toEqual([['fileinto', ':create', `${prefix}Meishi: expired`], ['stop']]);
          expect(flat.slice(1)).toEqual(label);
        });
      });
    });
  }

  it('keeps a Done contact’s event address out of the expired folder for good', () => {
    const index = rules.findIndex((rule) => rule.tag === 'kep333');
    const { block } = ruleBlocks(makeSieveScript(sample))[index]!;
    expect(commandNames(block)).toEqual(['fileinto', 'keep']);
  });

  it('needs neither date nor relational when no address expires later', () => {
    const script = makeSieveScript({ ...sample, now: NOW + 1000 * HOUR, keptAlive: new Set() });
    expect(words(checkSieve(script)[0]!)).toEqual([JSON.stringify(['fileinto', 'mailbox', 'subaddress'])]);
    expect(script).not.toContain('currentdate');
  });

  it('writes a script with only the require line when no address has been handed out', () => {
    expect(checkSieve(makeSieveScript({ ...sample, tags: [] })).map((command) => command.name)).toEqual(['require']);
  });
});

describe('sieveString', () => {
  it('round-trips quotes, backslashes and Unicode through the Sieve grammar; controls become spaces', () => {
    for (const text of ['plain', 'He said "hi"', 'back\\slash \\" both', '"; discard; #', '渋谷 😀', 'line\nbreak\r\ttab\u0000', 'lone \udc00']) {
      const [command] = checkSieve(`require "fileinto"; fileinto ${sieveString(text)};`).slice(1);
      expect(words(command!)).toEqual([text.replace(/[\u0000-\u001f]/g, ' ').replace(/\udc00/, '\ufffd')]);
    }
  });
});

describe('the Sieve checker used above', () => {
  it('refuses broken scripts, so a pass means something', () => {
    const bad = [
      'fileinto "x";',
      'require "fileinto"; fileinto :create "x";',
      'require "fileinto"; fileinto "x"',
      'require "fileinto"; fileinto "x;',
      'require ["fileinto", "mailbox"]; if address :detail :is "to" "k7m2qx" { keep; }',
      'require ["date"]; if currentdate :value "ge" "iso8601" "2026" { stop; }',
      'require "vacation"; keep;',
      'keep; require "fileinto";',
      'if true { keep; } elsif',
      'else { keep; }',
      'if address :is "to" { keep; }',
      'discard; frobnicate;',
      'if true keep;',
    ];
    for (const script of bad) expect(() => checkSieve(script), script).toThrow(SieveSyntaxError);
  });
});

// Dovecot's own tools, where installed (Debian: apt-get install dovecot-sieve): `sievec`
// compiles a script as Dovecot would; `sieve-test` runs it on a message and prints what it does.
const hasDovecot = spawnSync('sh', ['-c', 'command -v sievec && command -v sieve-test']).status === 0;

// CI installs them (.ci/run sets MEISHI_REQUIRE_DOVECOT): there, their absence is a failure, not a skip.
it.runIf(process.env.MEISHI_REQUIRE_DOVECOT === '1')('has Dovecot’s Sieve tools where they are required', () => {
  expect(hasDovecot).toBe(true);
});

describe.skipIf(!hasDovecot)("Dovecot's Sieve compiler and tester (sievec, sieve-test)", () => {
  const dir = mkdtempSync(join(tmpdir(), 'meishi-sieve-'));
  // sieve-test drops to an unprivileged user when run as root; it must read the files.
  chmodSync(dir, 0o777);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const dropRoot = process.getuid?.() === 0 ? ['-o', 'mail_uid=nobody', '-o', 'mail_gid=nogroup'] : [];
  let files = 0;

  function file(text: string, extension: string): string {
    const path = join(dir, `${files++}.${extension}`);
    writeFileSync(path, text);
    chmodSync(path, 0o644);
    return path;
  }

  function compile(script: string) {
    return spawnSync('sievec', [file(script, 'sieve'), join(dir, `${files++}.svbin`)], { encoding: 'utf8' });
  }

  /** The folders a message to `to` is stored in, as sieve-test reports them (INBOX for a keep). */
  function foldersFor(script: string, to: string): string[] {
    const message = ['From: Hanako <hanako@example.org>', `To: Taro <${to}>`, 'Subject: Nice to meet you', `Date: ${new Date().toUTCString()}`, '', 'Hello', ''].join('\r\n');
    const result = spawnSync('sieve-test', [...dropRoot, file(script, 'sieve'), file(message, 'eml')], { encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    return [...result.stdout.matchAll(/store message in folder: (.*)$/gm)].map((match) => match[1]!.trim());
  }

  // Each call starts a Dovecot process: a loaded machine needs more than the default 5 s.
  const BUDGET_MS = 60_000;

  it('compiles the script of every dialect', { timeout: BUDGET_MS }, () => {
    for (const dialect of SIEVE_DIALECTS satisfies readonly SieveDialect[]) {
      const result = compile(makeSieveScript(filterSample(NOW), dialect));
      expect(result.status, `${dialect}: ${result.stderr}`).toBe(0);
    }
  });

  it('refuses a broken script (the compiler is really checking)', { timeout: BUDGET_MS }, () => {
    expect(compile('require "fileinto";\nfileinto "x"\n').status).not.toBe(0);
  });

  it('files real messages as the filters promise, reading the real clock for later expiries', { timeout: BUDGET_MS }, () => {
    // Made an hour ago: one address expired a minute ago (after the script was made), one
    // expires in an hour, one expired yesterday but is kept alive, one expired yesterday.
    const now = Date.now();
    const made = now - HOUR;
    const input = {
      ...filterSample(made),
      tags: [
        { tag: 'aaaaaa', eventId: 'e1', baseEmail: 'taro@example.com', createdAt: made - HOUR, expiresAt: now - 60_000 },
        { tag: 'bbbbbb', eventId: 'e2', baseEmail: 'taro@example.com', createdAt: made - HOUR, expiresAt: now + HOUR },
        { tag: 'cccccc', eventId: 'e3', baseEmail: 'taro@example.com', createdAt: made - HOUR, expiresAt: now - 24 * HOUR },
        { tag: 'dddddd', eventId: 'e4', baseEmail: 'taro@example.com', createdAt: made - HOUR, expiresAt: now - 24 * HOUR },
      ],
      eventNames: new Map([
        ['e1', 'Just expired'],
        ['e2', 'Still valid "mixer"'],
        ['e3', '渋谷異業種交流会'],
        ['e4', 'Long gone'],
      ]),
      keptAlive: new Set(['cccccc']),
    };
    for (const dialect of SIEVE_DIALECTS) {
      const script = makeSieveScript(input, dialect);
      const prefix = dialect === 'fastmail' ? 'INBOX.' : '';
      expect(foldersFor(script, 'taro+aaaaaa@example.com'), dialect).toEqual([`${prefix}Meishi: expired`]);
      expect(foldersFor(script, 'taro+bbbbbb@example.com'), dialect).toEqual([`${prefix}Meishi: Still valid "mixer"`, 'INBOX']);
      expect(foldersFor(script, 'taro+cccccc@example.com'), dialect).toEqual([`${prefix}Meishi: 渋谷異業種交流会`, 'INBOX']);
      expect(foldersFor(script, 'taro+dddddd@example.com'), dialect).toEqual([`${prefix}Meishi: expired`]);
      // Mail to the plain address, or to a tag the app never made, is left alone.
      expect(foldersFor(script, 'taro@example.com'), dialect).toEqual(['INBOX']);
      expect(foldersFor(script, 'taro+zzzzzz@example.com'), dialect).toEqual(['INBOX']);
    }
  });
});
