import { readdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../fixtures/vcards/', import.meta.url));

/** The raw bytes of a sample file in tests/fixtures/vcards (a path below it, e.g. "aosp/v21_nest.vcf"). */
export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(`${root}${name}`));
}

/** Every .vcf below tests/fixtures/vcards, as paths relative to it, sorted. */
export function allFixtures(dir = ''): string[] {
  return readdirSync(`${root}${dir}`)
    .flatMap((name) => {
      const path = dir ? `${dir}/${name}` : name;
      if (statSync(`${root}${path}`).isDirectory()) return allFixtures(path);
      return name.endsWith('.vcf') ? [path] : [];
    })
    .sort();
}

/** A vCard text from lines, joined with CRLF as the format says. */
export function vcard(...lines: string[]): string {
  return ['BEGIN:VCARD', ...lines, 'END:VCARD', ''].join('\r\n');
}
