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
import fs from 'node:fs/promises';
import path from 'node:path';
import { Enums, Models, Serialize, Spec } from '@cyclonedx/cyclonedx-library';

const EXACT_VERSION = /^\d+\.\d+\.\d+(?:[-+][\w.-]+)?$/;

/** Package URL of an npm package, e.g. pkg:npm/%40scope/name@1.2.3. */
function npmPurl(name: string, version: string) {
  return `pkg:npm/${name.replace(/^@/, '%40')}@${encodeURIComponent(version)}`;
}

interface PackageJson {
  name?: string;
  version?: string;
  dependencies?: Record<string, string>;
}

interface PackageLock {
  packages?: Record<string, { version?: string; dev?: boolean }>;
}

async function readJson<T>(file: string): Promise<T | undefined> {
  try {
    return JSON.parse(await fs.readFile(file, 'utf8')) as T;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new Error(`Could not read ${path.basename(file)}: ${error}`);
  }
}

/** Runtime dependencies, exact from package-lock.json when there is one. */
async function dependenciesOf(root: string, pkg?: PackageJson) {
  const lock = await readJson<PackageLock>(
    path.join(root, 'package-lock.json'),
  );
  if (lock?.packages) {
    return Object.entries(lock.packages)
      .filter(([key, entry]) => key.startsWith('node_modules/') && !entry.dev)
      .map(([key, entry]) => ({
        name: key.slice(key.lastIndexOf('node_modules/') + 13),
        version: entry.version ?? '',
      }));
  }
  return Object.entries(pkg?.dependencies ?? {}).map(([name, range]) => ({
    name,
    version: range,
  }));
}

/**
 * Builds a CycloneDX 1.6 SBOM of an npm project: the app as the metadata
 * component and its runtime dependencies as components. Without a
 * lockfile, versions are the declared ranges and carry no package URL.
 */
export async function createCycloneDxBom(root: string, fallbackName: string) {
  const pkg = await readJson<PackageJson>(path.join(root, 'package.json'));
  const bom = new Models.Bom();
  bom.metadata.timestamp = new Date();
  bom.metadata.tools.components.add(
    new Models.Component(Enums.ComponentType.Application, 'guardrails', {
      group: 'guardrails',
    }),
  );
  bom.metadata.component = new Models.Component(
    Enums.ComponentType.Application,
    pkg?.name ?? fallbackName,
    { version: pkg?.version, bomRef: pkg?.name ?? fallbackName },
  );
  const dependencies = await dependenciesOf(root, pkg);
  for (const dep of dependencies) {
    // CycloneDX puts an npm scope in group: @acme/ui is group @acme, name ui.
    const scoped = dep.name.match(/^(@[^/]+)\/(.+)$/);
    bom.components.add(
      new Models.Component(
        Enums.ComponentType.Library,
        scoped?.[2] ?? dep.name,
        {
          group: scoped?.[1],
          version: dep.version,
          purl: EXACT_VERSION.test(dep.version)
            ? npmPurl(dep.name, dep.version)
            : undefined,
          bomRef: `${dep.name}@${dep.version}`,
        },
      ),
    );
  }
  const serializer = new Serialize.JsonSerializer(
    new Serialize.JSON.Normalize.Factory(Spec.Spec1dot6),
  );
  return {
    json: serializer.serialize(bom, { sortLists: true, space: 2 }),
    specVersion: Spec.Spec1dot6.version,
    componentCount: dependencies.length,
  };
}
