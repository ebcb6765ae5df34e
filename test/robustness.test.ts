// However the Vietnamese is typed, the sample gives the same records: the
// four retypings users' text arrives in (no diacritics, decomposed Unicode,
// capitals, old tone placement).
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import { comparable, nameKey, sampleRecords } from './helpers/records.js';
import { retypings, stripAccents } from './helpers/retype.js';


// Names come out as written, so compare them without diacritics.
const written = (r: ReturnType<typeof comparable>) => ({
  ...r,
  parks: r.parks.map((p) => nameKey(stripAccents(p))),
  localities: r.localities.map((l) => nameKey(stripAccents(l))),
  decisions: r.decisions.map((d) => stripAccents(d)),
});

describe.each(Object.entries(retypings))('retyped: %s', (_name, retype) => {
  it.each(sampleRecords().map((r) => [r.id, r.text] as const))('%s gives the same record', (_id, text) => {
    const plain = written(comparable(extract(text)));
    expect(written(comparable(extract(retype(text))))).toEqual(plain);
  });
});
