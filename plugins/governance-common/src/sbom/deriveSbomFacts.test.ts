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
import {
  CycloneDxBomLike,
  CycloneDxComponentLike,
  MAX_SBOM_FACTS,
  deriveSbomFacts,
  isSbomFactDeclared,
  parsePackageUrl,
  sbomFactRemediation,
} from './deriveSbomFacts';

const bom = (components: unknown[]): CycloneDxBomLike => ({
  bomFormat: 'CycloneDX',
  specVersion: '1.6',
  components: components as CycloneDxComponentLike[],
});

const packages = (b: CycloneDxBomLike) =>
  deriveSbomFacts(b).integrations.map(f => f.package);

describe('parsePackageUrl', () => {
  it('reads npm scopes, PyPI names, versions, qualifiers and subpaths', () => {
    expect(parsePackageUrl('pkg:npm/%40slack/web-api@7.8.0')).toEqual({
      ecosystem: 'npm',
      name: '@slack/web-api',
      version: '7.8.0',
    });
    expect(parsePackageUrl('pkg:npm/pg@8.11.3?vcs_url=x#lib')).toEqual({
      ecosystem: 'npm',
      name: 'pg',
      version: '8.11.3',
    });
    expect(parsePackageUrl('pkg:pypi/Slack_SDK@3.27.0')).toEqual({
      ecosystem: 'pypi',
      name: 'slack-sdk',
      version: '3.27.0',
    });
    expect(parsePackageUrl('pkg:maven/org.postgresql/postgresql@42')).toBe(
      undefined,
    );
    expect(parsePackageUrl('not a purl')).toBe(undefined);
    expect(parsePackageUrl('pkg:npm/%E0%A4%A@1')).toBe(undefined);
  });
});

describe('deriveSbomFacts', () => {
  it('reads the SBOM the scaffolder writes without a lockfile (group and name, no purl)', () => {
    const facts = deriveSbomFacts(
      bom([
        {
          type: 'library',
          group: '@slack',
          name: 'web-api',
          version: '^7.0.0',
        },
        { type: 'library', name: 'pg', version: '^8.11.0' },
        { type: 'library', name: 'express', version: '^4.19.0' },
      ]),
    );
    expect(
      facts.integrations.map(f => [f.package, f.version, f.target]),
    ).toEqual([
      ['@slack/web-api', '^7.0.0', 'slack'],
      ['pg', '^8.11.0', 'postgresql'],
    ]);
    expect(facts.omitted).toBe(0);
  });

  it('finds nested components, lists each package once and ignores other ecosystems', () => {
    expect(
      packages(
        bom([
          {
            name: 'app',
            components: [
              {
                name: 'openai',
                version: '4.0.0',
                purl: 'pkg:npm/openai@4.0.0',
              },
              {
                name: 'openai',
                version: '4.1.0',
                purl: 'pkg:npm/openai@4.1.0',
              },
            ],
          },
          { name: 'openai', purl: 'pkg:pypi/openai@1.30.0' },
          { name: 'pg', purl: 'pkg:maven/org.example/pg@1.0' },
          { name: 'boto3', purl: 'pkg:pypi/boto3@1.34.0' },
        ]),
      ),
    ).toEqual(['openai', 'boto3', 'openai']);
  });

  it('tolerates odd components and keeps at most the bound', () => {
    const many = Array.from({ length: MAX_SBOM_FACTS + 5 }, (_, i) => ({
      name: `client-${String(i).padStart(3, '0')}`,
      group: '@aws-sdk',
      version: '3.0.0',
    }));
    const facts = deriveSbomFacts(
      bom([null, 42, { name: 7 }, { purl: 'pkg:npm/' }, ...many]),
    );
    expect(facts.integrations).toHaveLength(MAX_SBOM_FACTS);
    expect(facts.omitted).toBe(5);
    expect(
      deriveSbomFacts({ bomFormat: 'CycloneDX', specVersion: '1.6' }),
    ).toEqual({
      mappingVersion: expect.any(String),
      integrations: [],
      omitted: 0,
    });
  });
});

describe('isSbomFactDeclared', () => {
  const [axios, pg, slack] = deriveSbomFacts(
    bom([
      { name: 'web-api', group: '@slack' },
      { name: 'pg' },
      { name: 'axios' },
    ]),
  ).integrations.sort((a, b) => a.target.localeCompare(b.target));
  const profile = (integrations: Array<{ target: string; type: any }>) => ({
    integrations: integrations.map(i => ({
      access: 'read' as const,
      approvedConnector: true,
      scopes: [],
      owned: false,
      ...i,
    })),
  });

  it('declares a SaaS by its target or an alias, in any case', () => {
    expect(slack.target).toBe('slack');
    expect(isSbomFactDeclared(slack, profile([]))).toBe(false);
    expect(
      isSbomFactDeclared(slack, profile([{ target: 'Slack', type: 'saas' }])),
    ).toBe(true);
    expect(
      isSbomFactDeclared(slack, profile([{ target: 'teams', type: 'saas' }])),
    ).toBe(false);
  });

  it('declares a database driver by any database integration, an HTTP client by any API', () => {
    expect(pg.target).toBe('postgresql');
    expect(axios.target).toBe('http');
    const appDb = profile([{ target: 'expenses-db', type: 'database' }]);
    expect(isSbomFactDeclared(pg, appDb)).toBe(true);
    expect(isSbomFactDeclared(axios, appDb)).toBe(false);
    const crm = profile([{ target: 'salesforce', type: 'saas' }]);
    expect(isSbomFactDeclared(pg, crm)).toBe(false);
    expect(isSbomFactDeclared(axios, crm)).toBe(true);
  });

  it('names the profile field in the remediation', () => {
    expect(sbomFactRemediation(slack)).toBe(
      'Declare integration slack in catalog-info.yaml under spec.governance.integrations (target: slack, type: saas, access: read, write or admin), or remove @slack/web-api.',
    );
    expect(sbomFactRemediation(pg)).toContain('type: database');
    expect(sbomFactRemediation(axios)).toContain(
      'Declare the API that axios calls in catalog-info.yaml under spec.governance.integrations',
    );
  });
});
