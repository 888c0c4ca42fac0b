import { DOMParser, type Element } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { planFilters } from '../../../../src/domain/mail/filter-plan';
import { makeGmailFilters, xmlEscape } from '../../../../src/domain/mail/gmail-filters';
import { filterSample } from './filter-sample';

const ATOM = 'http://www.w3.org/2005/Atom';
const APPS = 'http://schemas.google.com/apps/2006';
const NOW = Date.UTC(2026, 10, 25, 9, 0);

/** Parses XML strictly: any error or warning fails the test, but the U+FFFD the writer puts in on purpose. */
function parseXml(xml: string) {
  return new DOMParser({
    onError: (level, message) => {
      if (level === 'warning' && message.includes('replacement character')) return;
      throw new Error(`${level}: ${message}`);
    },
  }).parseFromString(xml, 'text/xml');
}

/** Each filter entry as a list of [property name, value], decoded by the XML parser. */
function filtersOf(xml: string): [string, string][][] {
  const doc = parseXml(xml);
  const feed = doc.documentElement!;
  expect(feed.localName).toBe('feed');
  expect(feed.namespaceURI).toBe(ATOM);
  const entries = Array.from(feed.getElementsByTagNameNS(ATOM, 'entry'));
  return entries.map((entry) => {
    const category = entry.getElementsByTagNameNS(ATOM, 'category')[0];
    expect(category?.getAttribute('term')).toBe('filter');
    expect(entry.getElementsByTagNameNS(ATOM, 'id')[0]?.textContent).toMatch(/^tag:mail\.google\.com,2008:filter:\d+$/);
    return Array.from(entry.getElementsByTagNameNS(APPS, 'property')).map((property: Element) => [property.getAttribute('name')!, property.getAttribute('value')!]);
  });
}

describe('makeGmailFilters', () => {
  const sample = filterSample(NOW);
  const xml = makeGmailFilters(sample);
  const filters = filtersOf(xml);

  it("is Gmail's Atom filter feed, well-formed, with the feed's title, id and update time", () => {
    expect(xml.startsWith("<?xml version='1.0' encoding='UTF-8'?>\n<feed xmlns='http://www.w3.org/2005/Atom' xmlns:apps='http://schemas.google.com/apps/2006'>")).toBe(true);
    const feed = parseXml(xml).documentElement!;
    const child = (name: string) => Array.from(feed.childNodes).find((node) => node.nodeName === name)?.textContent;
    expect(child('title')).toBe('Mail Filters');
    expect(child('id')).toMatch(/^tag:mail\.google\.com,2008:filters:\d+(,\d+)*$/);
    expect(child('updated')).toBe('2026-11-25T09:00:00Z');
  });

  it("labels mail to every handed-out address with its event's name", () => {
    for (const rule of planFilters(sample)) {
      expect(filters, rule.tag).toContainEqual([
        ['to', rule.address],
        ['label', rule.folder],
      ]);
    }
  });

  it('moves mail to each expired address out of the inbox into the expired label, and only those', () => {
    const moving = filters.filter((properties) => properties.some(([name]) => name === 'shouldArchive'));
    const expired = planFilters(sample).filter((rule) => rule.expired);
    expect(moving).toHaveLength(expired.length);
    expect(expired.map((rule) => rule.tag).sort()).toEqual([...sample.expect.expired].sort());
    for (const rule of expired) {
      expect(moving).toContainEqual([
        ['to', rule.address],
        ['label', 'Meishi: expired'],
        ['shouldArchive', 'true'],
      ]);
    }
    // A Done contact's event address and a still-valid one stay in the inbox.
    const addresses = moving.map((properties) => properties[0]![1]);
    expect(addresses).not.toContain('taro+kep333@example.com');
    expect(addresses).not.toContain('taro+nwe222@example.com');
  });

  it('lets no event name add a property, an entry or an action', () => {
    const names = new Set(filters.flat().map(([name]) => name));
    expect([...names].sort()).toEqual(['label', 'shouldArchive', 'to']);
    expect(filters).toHaveLength(planFilters(sample).length + sample.expect.expired.length);
    expect(xml).not.toContain("name='shouldTrash'");
    for (const properties of filters) for (const [, value] of properties) expect(value).not.toMatch(/[\u0000-\u001f]/);
  });

  it('writes an empty feed when no address has been handed out', () => {
    expect(filtersOf(makeGmailFilters({ ...sample, tags: [] }))).toEqual([]);
  });
});

describe('xmlEscape', () => {
  it('round-trips any text through an attribute, replacing what XML cannot hold', () => {
    const texts = [`a'b"c<d>e&f`, 'tab\tnew\nline\r', '&amp; stays &amp;', '絵文字 😀', 'nul\u0000 lone\ud800 \ufffe'];
    for (const text of texts) {
      const doc = parseXml(`<x v='${xmlEscape(text)}'>${xmlEscape(text)}</x>`);
      const expected = text.replace(/[\u0000\ud800\ufffe]/g, '\ufffd');
      expect(doc.documentElement!.getAttribute('v')).toBe(expected);
      expect(doc.documentElement!.textContent).toBe(expected);
    }
  });
});
