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
import { INTEGRATION_TYPES } from '../profile/governanceProfileSchema';
import { CycloneDxComponentLike, deriveSbomFacts } from './deriveSbomFacts';
import {
  SBOM_INTEGRATION_MAP,
  SbomIntegrationMapEntry,
} from './sbomIntegrationMap';

/** A package name the entry matches: wildcards get a real-looking suffix. */
const sampleName = (entry: SbomIntegrationMapEntry) =>
  entry.name.endsWith('*') ? `${entry.name.slice(0, -1)}s3` : entry.name;

/** The package URL a CycloneDX tool writes for the package. */
function purlOf(entry: SbomIntegrationMapEntry) {
  const name = sampleName(entry);
  return entry.ecosystem === 'npm'
    ? `pkg:npm/${name.replace(/^@/, '%40')}@1.2.3`
    : `pkg:pypi/${name}@1.2.3`;
}

const bomOf = (components: CycloneDxComponentLike[]) => ({
  bomFormat: 'CycloneDX',
  specVersion: '1.6',
  components,
});

describe('SBOM_INTEGRATION_MAP', () => {
  it('has a semantic version and one entry per ecosystem and name', () => {
    expect(SBOM_INTEGRATION_MAP.version).toMatch(/^\d+\.\d+\.\d+$/);
    const keys = SBOM_INTEGRATION_MAP.entries.map(
      e => `${e.ecosystem}:${e.name}`,
    );
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('covers the kinds of integration the issue names', () => {
    const targets = new Set(SBOM_INTEGRATION_MAP.entries.map(e => e.target));
    for (const target of [
      'slack',
      'google-apis',
      'salesforce',
      'postgresql',
      'mysql',
      'mongodb',
      'aws',
      'gcp',
      'azure',
      'openai',
      'anthropic',
      'http',
    ]) {
      expect(targets).toContain(target);
    }
    const ecosystems = new Set(
      SBOM_INTEGRATION_MAP.entries.map(e => e.ecosystem),
    );
    expect([...ecosystems].sort()).toEqual(['npm', 'pypi']);
  });

  // One case per entry: the package, written as a CycloneDX tool writes it,
  // yields exactly the fact the entry describes.
  it.each(
    SBOM_INTEGRATION_MAP.entries.map(
      e => [`${e.ecosystem}:${e.name}`, e] as const,
    ),
  )('%s is recognised with its target, type and capabilities', (_, entry) => {
    expect(entry.target).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(INTEGRATION_TYPES).toContain(entry.type);
    expect(entry.description.trim()).not.toBe('');
    for (const alias of entry.aliases ?? []) {
      expect(alias).toBe(alias.toLowerCase());
    }

    const facts = deriveSbomFacts(
      bomOf([
        { type: 'library', name: 'left-pad', version: '1.0.0' },
        {
          type: 'library',
          name: sampleName(entry),
          version: '1.2.3',
          purl: purlOf(entry),
        },
      ]),
    );
    expect(facts.mappingVersion).toBe(SBOM_INTEGRATION_MAP.version);
    expect(facts.integrations).toEqual([
      {
        ecosystem: entry.ecosystem,
        package: sampleName(entry),
        version: '1.2.3',
        purl: purlOf(entry),
        target: entry.target,
        type: entry.type,
        description: entry.description,
        declaredBy: [entry.target, ...(entry.aliases ?? [])],
        declaredByTypes: entry.declaredByTypes ?? [],
        databaseWrite: entry.capabilities?.databaseWrite ?? false,
        llmClient: entry.capabilities?.llmClient ?? false,
        outboundHttp: entry.capabilities?.outboundHttp ?? false,
      },
    ]);
  });

  // An entry's name in the other ecosystem is another package, unless the
  // mapping has it there too.
  const otherOf = (e: SbomIntegrationMapEntry) =>
    e.ecosystem === 'npm' ? 'pypi' : 'npm';
  it.each(
    SBOM_INTEGRATION_MAP.entries
      .filter(
        e =>
          !e.name.startsWith('@') &&
          !SBOM_INTEGRATION_MAP.entries.some(
            o => o.ecosystem === otherOf(e) && o.name === e.name,
          ),
      )
      .map(e => [`${e.ecosystem}:${e.name}`, e] as const),
  )('%s is not matched in the other ecosystem', (_, entry) => {
    const other = otherOf(entry);
    const facts = deriveSbomFacts(
      bomOf([
        {
          name: entry.name,
          version: '1.2.3',
          purl: `pkg:${other}/${entry.name}@1.2.3`,
        },
      ]),
    );
    expect(facts.integrations).toEqual([]);
  });

  it('flags database write drivers and LLM clients as the rules expect', () => {
    const flagged = (flag: 'databaseWrite' | 'llmClient') =>
      SBOM_INTEGRATION_MAP.entries
        .filter(e => e.capabilities?.[flag])
        .map(e => `${e.ecosystem}:${e.name}`);
    expect(flagged('databaseWrite')).toEqual(
      expect.arrayContaining([
        'npm:pg',
        'npm:mysql2',
        'npm:mongodb',
        'pypi:psycopg2',
      ]),
    );
    expect(flagged('llmClient')).toEqual(
      expect.arrayContaining([
        'npm:openai',
        'npm:@anthropic-ai/sdk',
        'pypi:openai',
        'pypi:anthropic',
      ]),
    );
    // Every database driver is declared by any database integration.
    const databases = SBOM_INTEGRATION_MAP.entries.filter(
      e => e.type === 'database',
    );
    expect(databases.length).toBeGreaterThan(10);
    expect(databases.map(e => e.declaredByTypes)).toEqual(
      databases.map(() => ['database']),
    );
  });
});
