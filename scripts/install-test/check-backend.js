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
 * Checks the running backend of the install-test app, as a caller with the
 * test's static token:
 * - the posture of the sample governed app has a risk tier;
 * - the Guardrails templates are in the catalog, and every scaffolder action
 *   they use is installed.
 *
 * Usage: node check-backend.js <base url> <token> <entity ref> <names>
 * (<names>: the Template names the README's location adds, comma-separated)
 */
const [baseUrl, token, entityRef, names] = process.argv.slice(2);
if (!baseUrl || !token || !entityRef || !names) {
  console.error(
    'Usage: node check-backend.js <base url> <token> <entity ref> <names>',
  );
  process.exit(2);
}
const templateNames = names.split(',');

const headers = { Authorization: `Bearer ${token}` };
const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));

/**
 * GETs a JSON path, retrying while the backend is not listening yet (it
 * transpiles on start) and on the given statuses (the catalog has not
 * ingested yet).
 */
async function getJson(path, { retryOn = [], timeoutMs = 300_000 } = {}) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    let failure;
    try {
      const res = await fetch(`${baseUrl}${path}`, { headers });
      if (res.ok) return res.json();
      const body = await res.text();
      failure = `${res.status} ${body.slice(0, 500)}`;
      if (!retryOn.includes(res.status)) throw new Error(failure);
    } catch (error) {
      // Connection refused while starting; anything else fails at once.
      if (error.cause?.code !== 'ECONNREFUSED') throw error;
      failure = 'connection refused';
    }
    if (Date.now() > deadline) throw new Error(`GET ${path}: ${failure}`);
    await sleep(2000);
  }
}

async function main() {
  const posture = await getJson(
    `/api/governance/posture?entityRef=${encodeURIComponent(entityRef)}`,
    { retryOn: [404] },
  );
  const tier = posture.risk?.tier;
  if (!posture.governed || !Number.isInteger(tier)) {
    throw new Error(`Posture without a tier: ${JSON.stringify(posture)}`);
  }
  console.log(
    `posture of ${entityRef}: tier ${tier}, risk ${posture.risk.level} ` +
      `(${posture.risk.score}), lifecycle ${posture.lifecycle?.state}`,
  );

  // Without a configured key, the development key the backend keeps in
  // its database is published for verifiers.
  const { keys } = await getJson('/api/governance/keys');
  const active = keys.find(k => k.status === 'active');
  if (!active?.keyId.startsWith('guardrails-dev-') || !active.publicKeyPem) {
    throw new Error(
      `No development signing key published: ${JSON.stringify(keys)}`,
    );
  }
  console.log(`signing key ${active.keyId} published at /api/governance/keys`);

  // The templates location may be processed after the sample entity's.
  const deadline = Date.now() + 120_000;
  let templates = [];
  const missing = () =>
    templateNames.filter(n => !templates.some(t => t.metadata.name === n));
  while (missing().length > 0 && Date.now() < deadline) {
    templates = (
      await getJson('/api/catalog/entities?filter=kind=template')
    ).filter(t => templateNames.includes(t.metadata.name));
    if (missing().length > 0) await sleep(2000);
  }
  if (missing().length > 0) {
    throw new Error(`Templates not in the catalog: ${missing().join(', ')}`);
  }
  const actions = new Set(
    (await getJson('/api/scaffolder/v2/actions')).map(a => a.id),
  );
  for (const template of templates) {
    for (const step of template.spec.steps ?? []) {
      if (!actions.has(step.action)) {
        throw new Error(
          `Template ${template.metadata.name} uses ${step.action}, ` +
            'which the backend does not provide',
        );
      }
    }
  }
  console.log(
    `templates: ${templates.map(t => t.metadata.name).join(', ')}; ` +
      'all their actions are installed',
  );
}

main().catch(error => {
  console.error(`FAILED: ${error.message}`);
  process.exit(1);
});
