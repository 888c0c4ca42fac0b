// From what the engine read on a paper card to a first guess of the form: Name, Reading,
// Organization, Title, Email, Website. Every guess is a suggestion the person can edit; the
// recognised lines are kept too, so any of them can be put into a field with a tap.
import { capLength } from '../card/clean-text';
import { FIELD_CAPS } from '../caps';
import { hasCjk, tidyLine } from './card-text';
import { EMAIL_LABEL, emailOnLine, isContactLine, isEmailLabelled, repairDomainText, websiteOnLine } from './contact-lines';
import { mergeReadings } from './merge-readings';
import type { CardFields } from '../types';
import type { Box, CardReadings, OcrLine } from './ocr-page';
import { isTitleLine, looksLikeName, looksLikeReading, organizationPart, organizationStrength } from './person-lines';

/** The fields a paper card fills in: a card's, without the "what I do" line cards do not print. */
export type PaperCardFields = Omit<CardFields, 'tagline'>;

/** The guess: the fields, and every recognised line (tidied), front first. */
export interface CardGuess {
  fields: PaperCardFields;
  lines: string[];
}

/** An empty guess (nothing read). */
export function emptyFields(): PaperCardFields {
  return { name: '', reading: '', org: '', title: '', email: '', website: '' };
}

interface Line {
  text: string;
  /** The line cut at wide gaps (a logo or a rule beside the text makes one). */
  parts: string[];
  /** The size of the text: the median height of its words (a logo beside a line does not inflate it). */
  size: number;
  box: Box;
  confidence: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function toLine(line: OcrLine): Line {
  const heights = line.words.filter((w) => w.text.trim()).map((w) => w.bbox.y1 - w.bbox.y0);
  const parts = line.text.split(/\s{2,}|\s*[|｜]\s*/u).map(tidyLine).filter(Boolean);
  return { text: tidyLine(line.text), parts, size: heights.length ? median(heights) : line.bbox.y1 - line.bbox.y0, box: line.bbox, confidence: line.confidence };
}

/** The vertical distance between two lines' boxes (0 when they overlap). */
function gap(a: Box, b: Box): number {
  return Math.max(0, Math.max(a.y0, b.y0) - Math.min(a.y1, b.y1));
}

function guessSide(lines: Line[]): PaperCardFields {
  const fields = emptyFields();
  const emailLine = lines.find((l) => emailOnLine(l.text));
  fields.email = emailLine ? emailOnLine(emailLine.text) : '';
  const webLine = lines.find((l) => l !== emailLine && !isEmailLabelled(l.text) && websiteOnLine(l.text));
  fields.website = webLine ? websiteOnLine(webLine.text) : '';
  if (!fields.email && fields.website) fields.email = emailBesideWebsite(lines, fields.website);

  const contact = new Set(lines.filter((l) => isContactLine(l.text)));
  const isOrg = (l: Line) => organizationStrength(l.text) > 0;
  const people = lines.filter((l) => !contact.has(l) && !isOrg(l) && !isTitleLine(l.text));
  const name = people.filter((l) => looksLikeName(l.text) && l.confidence >= 30).sort((a, b) => b.size - a.size)[0];
  fields.name = name?.text ?? '';
  const japaneseName = name ? hasCjk(name.text) : lines.some((l) => hasCjk(l.text));

  if (name && hasCjk(name.text)) {
    // The reading sits right above or below the name, in kana or romaji.
    const reading = lines
      .filter((l) => l !== name && !contact.has(l) && l.confidence >= 50 && looksLikeReading(l.text) && gap(l.box, name.box) < name.size * 1.5)
      .sort((a, b) => gap(a.box, name.box) - gap(b.box, name.box))[0];
    fields.reading = reading?.text ?? '';
  }

  const sameScript = (l: Line) => hasCjk(l.text) === japaneseName;
  const orgs = lines
    .filter((l) => !contact.has(l) && l !== name && isOrg(l))
    .sort((a, b) => organizationStrength(b.text) - organizationStrength(a.text) || Number(sameScript(b)) - Number(sameScript(a)) || b.size - a.size);
  fields.org = orgs[0] ? organizationPart(orgs[0].parts) : '';

  const titles = lines
    .filter((l) => !contact.has(l) && l !== name && organizationStrength(l.text) < 2 && isTitleLine(l.text))
    .sort((a, b) => Number(sameScript(b)) - Number(sameScript(a)) || (name ? gap(a.box, name.box) - gap(b.box, name.box) : 0));
  fields.title = titles[0]?.text ?? '';
  return fields;
}

/**
 * An address whose @ the engine lost ("Mail: infoexample.co.jp"): a line labelled as mail that
 * ends in the website's domain is the part before it, @, and that domain.
 */
function emailBesideWebsite(lines: Line[], website: string): string {
  const domain = new URL(website).hostname.replace(/^www\./, '');
  for (const line of lines) {
    const text = repairDomainText(line.text.replace(/\s+/g, ''));
    const labelled = EMAIL_LABEL.exec(text);
    if (!labelled || !text.toLowerCase().endsWith(domain)) continue;
    const local = text.slice(labelled[0].length, text.length - domain.length);
    const address = emailOnLine(`${local}@${domain}`);
    if (local && address) return address;
  }
  return '';
}

/**
 * Guesses the form from the readings of a card's sides (front first, then the back, which
 * fills only what the front left empty), and lists every recognised line.
 */
export function guessCardFields(sides: CardReadings[]): CardGuess {
  const fields = emptyFields();
  const lines: string[] = [];
  for (const side of sides) {
    const sideLines = mergeReadings(side).map(toLine).filter((l) => /[\p{L}\p{N}]/u.test(l.text));
    const guess = guessSide(sideLines);
    // The reading belongs to the name: it comes from the back only with the name.
    const hadName = fields.name !== '';
    for (const key of Object.keys(fields) as (keyof PaperCardFields)[]) {
      if (!fields[key] && !(key === 'reading' && hadName)) fields[key] = capLength(guess[key], FIELD_CAPS[key]);
    }
    lines.push(...sideLines.map((l) => l.text));
  }
  return { fields, lines };
}
