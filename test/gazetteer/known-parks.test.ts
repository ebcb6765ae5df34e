import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { KnownParksError, loadKnownParks } from '../../src/gazetteer/known-parks.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'known-parks-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string): string {
  const p = path.join(dir, name);
  fs.writeFileSync(p, content);
  return p;
}

describe('loadKnownParks', () => {
  it('reads CSV with written kinds, canonical provinces and aliases', () => {
    const p = file('a.csv', 'name,kind,province,aliases\nHòa Mạc Xanh,KCN,tỉnh Thanh Hoá,HMX;HMX Park\nBến Đá,CCN,,\nVân Lâm,economic_zone,TP.HCM,VL|Vân Lâm Zone\n');
    expect(loadKnownParks(p)).toEqual([
      { name: 'Hòa Mạc Xanh', kind: 'industrial_park', province: 'Thanh Hóa', aliases: ['HMX', 'HMX Park'] },
      { name: 'Bến Đá', kind: 'industrial_cluster', province: null, aliases: [] },
      { name: 'Vân Lâm', kind: 'economic_zone', province: 'Hồ Chí Minh', aliases: ['VL', 'Vân Lâm Zone'] },
    ]);
  });

  it('reads JSON arrays, aliases as a list or a string', () => {
    const p = file('a.json', JSON.stringify([
      { name: 'Tân Lộc', kind: 'KCX', province: 'Đồng Nai', aliases: ['TL1'] },
      { name: 'Đông Lâm', kind: 'KCNC', aliases: 'DL|Đông Lâm Tech' },
      { name: 'Bắc Hà', kind: 'KKT', province: null },
    ]));
    expect(loadKnownParks(p)).toEqual([
      { name: 'Tân Lộc', kind: 'export_processing_zone', province: 'Đồng Nai', aliases: ['TL1'] },
      { name: 'Đông Lâm', kind: 'high_tech_park', province: null, aliases: ['DL', 'Đông Lâm Tech'] },
      { name: 'Bắc Hà', kind: 'economic_zone', province: null, aliases: [] },
    ]);
  });

  it.each([
    ['bad-kind.csv', 'name,kind,province,aliases\nA,KCN,,\nB,park,,\n', /bad-kind\.csv: row 3: unknown kind "park"/],
    ['bad-prov.csv', 'name,kind,province,aliases\nA,KCN,Atlantis,\n', /bad-prov\.csv: row 2: unknown province "Atlantis"/],
    ['no-name.csv', 'name,kind,province,aliases\n,KCN,,\n', /no-name\.csv: row 2: name/],
    ['bad.json', '[{"name": "A", "kind": "KCN"}, {"kind": "KCN"}]', /bad\.json: row 2: name/],
    ['broken.json', '[{"name": ', /broken\.json: not valid JSON/],
    ['object.json', '{"name": "A"}', /object\.json: expected a JSON array/],
  ])('%s is refused with the file and row', (name, content, message) => {
    const p = file(name, content);
    expect(() => loadKnownParks(p)).toThrow(KnownParksError);
    expect(() => loadKnownParks(p)).toThrow(message);
  });

  it('names a missing file', () => {
    expect(() => loadKnownParks(path.join(dir, 'none.csv'))).toThrow(/none\.csv: cannot read/);
  });
});
