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
import { GovernanceProfile } from '../profile/governanceProfileSchema';
import {
  SBOM_INTEGRATION_MAP,
  SbomEcosystem,
  SbomIntegrationMap,
  SbomIntegrationMapEntry,
  SbomIntegrationType,
} from './sbomIntegrationMap';

/** A CycloneDX component, as far as the facts read it. @public */
export interface CycloneDxComponentLike {
  /** library, application, framework... */
  type?: string;
  name: string;
  group?: string;
  version?: string;
  purl?: string;
  components?: CycloneDxComponentLike[];
}

/** A CycloneDX JSON document, as far as the facts read it. @public */
export interface CycloneDxBomLike {
  bomFormat: string;
  specVersion: string;
  components?: CycloneDxComponentLike[];
}

/**
 * A package found in an app's SBOM and the integration it implies.
 *
 * @public
 */
export interface SbomIntegrationFact {
  ecosystem: SbomEcosystem;
  /** The package name, npm scope included. */
  package: string;
  version?: string;
  purl?: string;
  target: string;
  type: SbomIntegrationType;
  description: string;
  /** Profile targets that declare it (lowercase): the target and its aliases. */
  declaredBy: string[];
  /** Profile integration types that declare it whatever the target. */
  declaredByTypes: SbomIntegrationType[];
  databaseWrite: boolean;
  llmClient: boolean;
  outboundHttp: boolean;
}

/**
 * What an app's SBOM says about its integrations: the input of the policy
 * packs' `sbom` variable.
 *
 * @public
 */
export interface SbomFacts {
  /** Version of the mapping the facts were derived with. */
  mappingVersion: string;
  /** The integrations found, at most {@link MAX_SBOM_FACTS}, one per package. */
  integrations: SbomIntegrationFact[];
  /** Matching packages left out beyond {@link MAX_SBOM_FACTS}. */
  omitted: number;
}

/**
 * The facts of one app's latest SBOM as stored and shown: the facts and
 * where they came from.
 *
 * @public
 */
export interface AppSbomFacts extends SbomFacts {
  /** SHA-256 of the SBOM (RFC 8785 canonical JSON), hex. */
  sbomSha256: string;
  specVersion: string;
  componentCount: number;
  /** Who submitted it: a user ref, or `service:<CI token subject>`. */
  submittedBy: string;
  submittedAt: string;
}

/** Most facts kept per app: the policy packs' list bound. @public */
export const MAX_SBOM_FACTS = 100;
/** Most components read from one SBOM, nested ones included. @public */
export const MAX_SBOM_COMPONENTS = 50_000;
const MAX_NESTING = 10;

/** PEP 503 normalisation of a PyPI name. */
const normalisePypi = (name: string) =>
  name.toLowerCase().replace(/[-_.]+/g, '-');

/** The ecosystem and full name a package URL names, if it is npm or PyPI. @public */
export function parsePackageUrl(
  purl: string,
): { ecosystem: SbomEcosystem; name: string; version?: string } | undefined {
  const match = /^pkg:([a-zA-Z][a-zA-Z0-9.+-]*)\/([^?#]+)/.exec(purl.trim());
  if (!match) return undefined;
  const type = match[1].toLowerCase();
  if (type !== 'npm' && type !== 'pypi') return undefined;
  let path = match[2];
  let version: string | undefined;
  const at = path.lastIndexOf('@');
  if (at > 0) {
    version = path.slice(at + 1);
    path = path.slice(0, at);
  }
  let decoded: string[];
  try {
    decoded = path
      .split('/')
      .filter(Boolean)
      .map(s => decodeURIComponent(s));
    version = version === undefined ? undefined : decodeURIComponent(version);
  } catch {
    return undefined;
  }
  if (decoded.length === 0) return undefined;
  if (type === 'pypi') {
    return {
      ecosystem: 'pypi',
      name: normalisePypi(decoded[decoded.length - 1]),
      version,
    };
  }
  return { ecosystem: 'npm', name: decoded.join('/').toLowerCase(), version };
}

function matches(entry: SbomIntegrationMapEntry, name: string) {
  return entry.name.endsWith('*')
    ? name.startsWith(entry.name.slice(0, -1)) &&
        name.length > entry.name.length - 1
    : name === entry.name;
}

/** The mapping entry for a package, if any. @public */
export function findSbomIntegrationEntry(
  ecosystem: SbomEcosystem,
  name: string,
  map: SbomIntegrationMap = SBOM_INTEGRATION_MAP,
): SbomIntegrationMapEntry | undefined {
  const key = ecosystem === 'pypi' ? normalisePypi(name) : name.toLowerCase();
  return map.entries.find(e => e.ecosystem === ecosystem && matches(e, key));
}

/** The package a component is: from its purl, else npm by group and name. */
function identify(component: CycloneDxComponentLike) {
  if (typeof component.purl === 'string' && component.purl) {
    const parsed = parsePackageUrl(component.purl);
    if (parsed) {
      return { ...parsed, version: component.version ?? parsed.version };
    }
    // A purl of another ecosystem (maven, golang...) maps to nothing.
    if (/^pkg:/i.test(component.purl)) return undefined;
  }
  if (typeof component.name !== 'string' || !component.name) return undefined;
  const group = typeof component.group === 'string' ? component.group : '';
  const name = group.startsWith('@')
    ? `${group}/${component.name}`
    : component.name;
  return {
    ecosystem: 'npm' as const,
    name: name.toLowerCase(),
    version: component.version,
  };
}

/**
 * Derives integration facts from a CycloneDX SBOM: every component (nested
 * ones too) that a {@link SBOM_INTEGRATION_MAP} entry knows, once per
 * package, in package order. Components are matched by package URL
 * (npm and PyPI), and without one as npm packages by group and name.
 *
 * @public
 */
export function deriveSbomFacts(
  bom: CycloneDxBomLike,
  map: SbomIntegrationMap = SBOM_INTEGRATION_MAP,
): SbomFacts {
  const found = new Map<string, SbomIntegrationFact>();
  let seen = 0;
  const visit = (components: unknown, depth: number) => {
    if (!Array.isArray(components) || depth > MAX_NESTING) return;
    for (const component of components as CycloneDxComponentLike[]) {
      if (++seen > MAX_SBOM_COMPONENTS) return;
      if (!component || typeof component !== 'object') continue;
      const pkg = identify(component);
      const entry =
        pkg && findSbomIntegrationEntry(pkg.ecosystem, pkg.name, map);
      const key = pkg && `${pkg.ecosystem}:${pkg.name}`;
      if (pkg && entry && key && !found.has(key)) {
        found.set(key, {
          ecosystem: pkg.ecosystem,
          package: pkg.name,
          ...(typeof pkg.version === 'string' && pkg.version
            ? { version: pkg.version }
            : {}),
          ...(typeof component.purl === 'string' && component.purl
            ? { purl: component.purl }
            : {}),
          target: entry.target,
          type: entry.type,
          description: entry.description,
          declaredBy: [entry.target, ...(entry.aliases ?? [])],
          declaredByTypes: entry.declaredByTypes ?? [],
          databaseWrite: entry.capabilities?.databaseWrite ?? false,
          llmClient: entry.capabilities?.llmClient ?? false,
          outboundHttp: entry.capabilities?.outboundHttp ?? false,
        });
      }
      visit(component.components, depth + 1);
    }
  };
  visit(bom.components, 0);
  const all = [...found.values()].sort((a, b) =>
    `${a.ecosystem}:${a.package}`.localeCompare(`${b.ecosystem}:${b.package}`),
  );
  return {
    mappingVersion: map.version,
    integrations: all.slice(0, MAX_SBOM_FACTS),
    omitted: Math.max(0, all.length - MAX_SBOM_FACTS),
  };
}

/**
 * Whether the profile declares the integration a fact implies: an
 * integration whose target is the fact's target or an alias (any case),
 * or whose type declares it whatever the target. The default pack's
 * `sbom-undeclared-*` rules say the same in CEL.
 *
 * @public
 */
export function isSbomFactDeclared(
  fact: Pick<SbomIntegrationFact, 'declaredBy' | 'declaredByTypes'>,
  profile: Pick<GovernanceProfile, 'integrations'>,
): boolean {
  return profile.integrations.some(
    i =>
      fact.declaredBy.includes(i.target.toLowerCase()) ||
      fact.declaredByTypes.includes(i.type),
  );
}

/**
 * What the owner does about an undeclared fact, naming the profile field.
 *
 * @public
 */
export function sbomFactRemediation(fact: SbomIntegrationFact): string {
  const where = 'in catalog-info.yaml under spec.governance.integrations';
  if (fact.declaredByTypes.length > 0 && fact.target === 'http') {
    return `Declare the API that ${fact.package} calls ${where} (its target, access and type: api or saas), or remove ${fact.package}.`;
  }
  if (fact.declaredByTypes.length > 0) {
    return `Declare the ${fact.target} database ${where} (target, access, type: database; owned: true if it is the app's own), or remove ${fact.package}.`;
  }
  return `Declare integration ${fact.target} ${where} (target: ${fact.target}, type: ${fact.type}, access: read, write or admin), or remove ${fact.package}.`;
}
