// Structured rows → events: which value is a field's (paths into nested
// objects), and how text fields, lists of strings among them, become a line.
import { describe, expect, it } from 'vitest';
import { parseKeep } from '../../src/io/keep.js';
import { fieldValue, jsonRowEvent, type RowOptions } from '../../src/io/rows.js';

const ARTICLE = { title: 'KCN Tân An', meta: { lead: 'rộng 5 ha', src: { url: 'u1' } }, 'a.b': 'own dotted key', a: { b: 'nested' }, paras: ['Một.', 2, null] };

describe('fieldValue', () => {
  it.each<[string, unknown]>([
    ['title', 'KCN Tân An'],
    ['meta.lead', 'rộng 5 ha'],
    ['meta.src.url', 'u1'],
    ['a.b', 'own dotted key'], // a field of its own wins over the path
    ['meta.nope', undefined],
    ['title.length', undefined], // no path through a string
    ['paras.0', undefined], // nor into a list
    ['toString', undefined], // only own fields
  ])('%s → %j', (name, value) => expect(fieldValue(ARTICLE, name)).toEqual(value));
});

describe('parseKeep', () => {
  it.each<[string, unknown]>([
    ['url', { column: 'url', field: 'url' }],
    ['meta.url', { column: 'meta.url', field: 'meta.url' }],
    ['outlet=source', { column: 'outlet', field: 'source' }],
    [' link = meta.src.url ', { column: 'link', field: 'meta.src.url' }],
    ['a=b=c', { column: 'a', field: 'b=c' }], // the first "=" splits
    ['=source', null],
    ['outlet=', null],
    ['  ', null],
  ])('%j → %j', (spec, want) => expect(parseKeep(spec)).toEqual(want));
});

describe('jsonRowEvent', () => {
  const opts = (textFields: string[], keep: string[] = []): RowOptions => ({ textFields, keep: keep.map((k) => parseKeep(k)!), maxLineBytes: 1 << 20 });

  it.each<[string[], string]>([
    [['title', 'meta.lead'], 'KCN Tân An. rộng 5 ha'],
    [['paras'], 'Một. 2'], // a list's strings and numbers in turn
    [['title', 'paras'], 'KCN Tân An. Một. 2'],
  ])('text fields %j → %j', (fields, text) => {
    expect(jsonRowEvent(ARTICLE, 'a.jsonl', 7, opts(fields))).toEqual({ type: 'line', source: 'a.jsonl', line: 7, text });
  });

  it('--keep takes paths too; an absent one is left out', () => {
    expect(jsonRowEvent(ARTICLE, 'a.jsonl', 1, opts(['title'], ['meta.src.url', 'nope']))).toMatchObject({ extra: { 'meta.src.url': 'u1' } });
  });

  it('--keep column=field carries the field under the new name', () => {
    expect(jsonRowEvent(ARTICLE, 'a.jsonl', 1, opts(['title'], ['link=meta.src.url', 'heading=title'])).extra).toEqual({ link: 'u1', heading: 'KCN Tân An' });
  });

  it('no text field at the path: rejected, naming the fields', () => {
    expect(jsonRowEvent({ meta: {} }, 'a.jsonl', 2, opts(['meta.title']))).toMatchObject({ type: 'reject', reason: 'no text field ("meta.title")' });
  });
});
