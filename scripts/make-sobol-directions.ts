// Writes web/shared/analysis/sobol-directions.json, the Sobol′ direction numbers of Joe & Kuo (2008) for the
// first SOBOL_DIMENSIONS dimensions, from their file "new-joe-kuo-6.21201" (search criterion D(6),
// 21,201 dimensions; lines "d s a m_1 … m_s" after one header line).
//
//   npx tsx scripts/make-sobol-directions.ts <path of new-joe-kuo-6.21201> [dimensions]
//
// The file ships with the npm package sobol@1.1.4 as dims21201.txt (and, as arrays, with SciPy's
// scipy/stats/_sobol_direction_numbers.npz); both copies agree for dimensions 2–1024. The output
// keeps Joe & Kuo's lines as they are (one JSON array per line), so it can be checked against the
// original line by line.

import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The table as JSON: the source and licence, then one entry per dimension d = 2, 3, … on a
 *  line of its own, [s, a, m_1, …, m_s], so that it can be checked against the original line by line. */
export function directionsJson(dims: number, entries: readonly (readonly number[])[]): string {
  const head = {
    generatedBy: 'scripts/make-sobol-directions.ts: do not edit by hand',
    source: `Sobol′ direction numbers for dimensions 2–${dims} (dimension 1 is the van der Corput sequence, all m = 1): S. Joe and F. Y. Kuo, "Constructing Sobol sequences with better two-dimensional projections", SIAM J. Sci. Comput. 30(5):2635–2654, 2008; file new-joe-kuo-6.21201 (criterion D(6)), https://web.maths.unsw.edu.au/~fkuo/sobol/`,
    format:
      'directions[d − 2] = [s, a, m_1, …, m_s] for dimension d: degree and interior coefficients of the primitive polynomial, initial direction numbers, as in the original file without its first column',
    license: LICENSE,
    dimensions: dims,
  };
  const text = JSON.stringify(head, null, 2);
  return `${text.slice(0, -2)},\n  "directions": [\n${entries.map((e) => `    ${JSON.stringify(e)}`).join(',\n')}\n  ]\n}\n`;
}

const LICENSE = [
  'Copyright (c) 2008, Frances Y. Kuo and Stephen Joe',
  'All rights reserved.',
  '',
  'Redistribution and use in source and binary forms, with or without modification, are permitted',
  'provided that the following conditions are met:',
  '',
  '1. Redistributions of source code must retain the above copyright notice, this list of conditions',
  '   and the following disclaimer.',
  '2. Redistributions in binary form must reproduce the above copyright notice, this list of',
  '   conditions and the following disclaimer in the documentation and/or other materials provided',
  '   with the distribution.',
  '3. Neither the names of the copyright holders nor the names of the University of New South Wales',
  '   and the University of Waikato and its contributors may be used to endorse or promote products',
  '   derived from this software without specific prior written permission.',
  '',
  'THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS "AS IS" AND ANY EXPRESS OR IMPLIED WARRANTIES,',
  'INCLUDING, BUT NOT LIMITED TO, THE IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A',
  'PARTICULAR PURPOSE ARE DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDERS BE LIABLE FOR ANY',
  'DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT',
  'LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR SERVICES; LOSS OF USE, DATA, OR PROFITS; OR',
  'BUSINESS INTERRUPTION) HOWEVER CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT',
  'LIABILITY, OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE OF THIS',
  'SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.',
];

function main(): void {
  const [file, dimsArg] = process.argv.slice(2);
  if (!file) {
    console.error('usage: npx tsx scripts/make-sobol-directions.ts <new-joe-kuo-6.21201> [dimensions]');
    process.exit(1);
  }
  const dimensions = Number(dimsArg ?? 1024);
  const lines = readFileSync(file, 'utf8')
    .split('\n')
    .slice(1)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const rows: number[][] = [];
  for (let d = 2; d <= dimensions; d++) {
    const fields = lines[d - 2].split(/\s+/).map(Number);
    const [dim, s, a, ...m] = fields;
    if (dim !== d || m.length !== s || !Number.isInteger(a)) throw new Error(`line for dimension ${d} is malformed: ${lines[d - 2]}`);
    m.forEach((mi, i) => {
      // Each initial direction number is odd and below 2^i (i from 1).
      if (mi % 2 !== 1 || mi >= 2 ** (i + 1)) throw new Error(`dimension ${d}: m_${i + 1} = ${mi} is not odd and below 2^${i + 1}`);
    });
    rows.push([s, a, ...m]);
  }
  writeFileSync(resolve(import.meta.dirname, '../web/shared/analysis/sobol-directions.json'), directionsJson(dimensions, rows));
  console.log(`wrote ${dimensions} dimensions`);
}

const invokedDirectly = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (invokedDirectly) main();
