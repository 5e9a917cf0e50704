#!/usr/bin/env node
/*
 * Copyright 2026 The Guardrails Authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
/*
 * Writes the steps of one README section to a folder, in order, so that the
 * install test runs exactly what the README says: each ```sh block becomes
 * NN.sh (run with bash) and each ```diff block NN.diff (applied with
 * `git apply`). Blocks in other languages are illustrations and are skipped.
 *
 * Usage: node readme-steps.js <README.md> "<section heading>" <out dir>
 */
const fs = require('node:fs');
const path = require('node:path');

const [readmeFile, heading, outDir] = process.argv.slice(2);
if (!readmeFile || !heading || !outDir) {
  console.error('Usage: node readme-steps.js <README.md> <heading> <out dir>');
  process.exit(2);
}

const lines = fs.readFileSync(readmeFile, 'utf8').split('\n');
const start = lines.findIndex(line => line === `## ${heading}`);
if (start < 0) {
  console.error(`${readmeFile} has no section "## ${heading}"`);
  process.exit(1);
}
const end = lines.findIndex((line, i) => i > start && /^## /.test(line));
const section = lines.slice(start + 1, end < 0 ? undefined : end);

const steps = [];
let block;
for (const line of section) {
  if (!block) {
    const open = /^```(\w*)/.exec(line);
    if (open) block = { lang: open[1], body: [] };
  } else if (line === '```') {
    if (block.lang === 'sh' || block.lang === 'diff') steps.push(block);
    block = undefined;
  } else {
    block.body.push(line);
  }
}
if (block) {
  console.error(`Unclosed code block in "## ${heading}"`);
  process.exit(1);
}

fs.mkdirSync(outDir, { recursive: true });
steps.forEach((step, i) => {
  const name = `${String(i + 1).padStart(2, '0')}.${step.lang}`;
  fs.writeFileSync(path.join(outDir, name), `${step.body.join('\n')}\n`);
});
console.log(`${steps.length} steps from "## ${heading}"`);
