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
 * Converts an app made by `@backstage/create-app` (generated for yarn) to npm
 * workspaces, the way a platform team on npm does it:
 *
 * - drop yarn's files and `packageManager`; scripts call `npm -w` instead of
 *   `yarn workspace`;
 * - the backend's `"app": "link:../app"` (a yarn protocol) becomes a
 *   workspace version;
 * - `.npmrc` with `legacy-peer-deps=true` (Backstage packages declare peer
 *   ranges that npm's strict peer resolution rejects, as yarn does not);
 * - root `overrides` and `allowScripts` copied from the Guardrails root
 *   package.json, which explains them: the @yarnpkg/core and react 18 pins,
 *   and the @swc/core, rollup and unrs-resolver versions whose native
 *   builds the registry has.
 *
 * Usage: node to-npm.js <app dir> <guardrails root>
 */
const fs = require('node:fs');
const path = require('node:path');

const [appDir, guardrailsRoot] = process.argv.slice(2);
if (!appDir || !guardrailsRoot) {
  console.error('Usage: node to-npm.js <app dir> <guardrails root>');
  process.exit(2);
}

const readJson = file => JSON.parse(fs.readFileSync(file, 'utf8'));
const writeJson = (file, value) =>
  fs.writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);

const guardrails = readJson(path.join(guardrailsRoot, 'package.json'));

const rootFile = path.join(appDir, 'package.json');
const root = readJson(rootFile);
delete root.packageManager;
delete root.resolutions;
for (const [name, script] of Object.entries(root.scripts ?? {})) {
  root.scripts[name] = script.replace(
    /^yarn workspace (\S+) (\S+)$/,
    'npm run $2 --workspace $1',
  );
}
root.overrides = { ...guardrails.overrides };
root.allowScripts = { ...guardrails.allowScripts };
// Hoisted so that every package that needs it gets the pinned build.
root.devDependencies['@swc/core'] = guardrails.devDependencies['@swc/core'];
writeJson(rootFile, root);

const backendFile = path.join(appDir, 'packages/backend/package.json');
const backend = readJson(backendFile);
if (backend.dependencies?.app?.startsWith('link:')) {
  const app = readJson(path.join(appDir, 'packages/app/package.json'));
  backend.dependencies.app = app.version;
}
writeJson(backendFile, backend);

fs.writeFileSync(
  path.join(appDir, '.npmrc'),
  'legacy-peer-deps=true\nfund=false\naudit=false\n',
);
for (const file of ['yarn.lock', '.yarnrc.yml']) {
  fs.rmSync(path.join(appDir, file), { force: true });
}
fs.rmSync(path.join(appDir, '.yarn'), { recursive: true, force: true });
