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
import fs from 'node:fs';
import path from 'node:path';
import { resolvePackagePath } from '@backstage/backend-plugin-api';
import yaml from 'yaml';
import {
  CelLimits,
  CompiledPack,
  compilePolicyPack,
} from './compilePolicyPack';
import { PolicyPackError } from './PolicyPackError';
import { policyPackSchema } from './policyPackSchema';

/** Where the built-in default pack lives. */
export const DEFAULT_PACK_PATH = resolvePackagePath(
  '@guardrails/plugin-governance-node',
  'policies/default-pack.yaml',
);

/**
 * Validates and compiles the YAML text of one pack; `source` names it in errors.
 *
 * @public
 */
export function parsePolicyPack(
  text: string,
  source: string,
  limits?: CelLimits,
): CompiledPack {
  let raw: unknown;
  try {
    raw = yaml.parse(text, { uniqueKeys: true });
  } catch (error) {
    throw new PolicyPackError(
      source,
      undefined,
      `cannot be read as YAML: ${(error as Error).message}`,
    );
  }
  const parsed = policyPackSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const [first, index, ...rest] = issue.path;
    const rules = (raw as { rules?: Array<{ id?: unknown }> } | undefined)
      ?.rules;
    const ruleId =
      first === 'rules' && typeof index === 'number' && Array.isArray(rules)
        ? String(rules[index]?.id ?? `#${index + 1}`)
        : undefined;
    const field = (ruleId ? rest : issue.path).map(String).join('.');
    const label = field || (ruleId ? 'rule' : 'pack');
    throw new PolicyPackError(source, ruleId, `${label}: ${issue.message}`);
  }
  return compilePolicyPack(parsed.data, source, limits);
}

/**
 * Reads, validates and compiles one pack file.
 *
 * @public
 */
export function loadPolicyPackFile(
  file: string,
  limits?: CelLimits,
): CompiledPack {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new PolicyPackError(
      file,
      undefined,
      `cannot be read: ${(error as Error).message}`,
    );
  }
  return parsePolicyPack(text, file, limits);
}

function packFilesIn(target: string): string[] {
  let stat;
  try {
    stat = fs.statSync(target);
  } catch {
    throw new PolicyPackError(target, undefined, 'no such file or directory');
  }
  if (!stat.isDirectory()) return [target];
  return fs
    .readdirSync(target)
    .filter(name => /\.ya?ml$/.test(name))
    .sort()
    .map(name => path.join(target, name));
}

/**
 * Loads the built-in default pack (unless turned off) and the organisation's
 * own pack files and directories. Throws on the first broken pack.
 *
 * @public
 */
export function loadPolicyPacks(options: {
  includeDefaultPack: boolean;
  paths: string[];
  limits?: CelLimits;
}): CompiledPack[] {
  const files = [
    ...(options.includeDefaultPack ? [DEFAULT_PACK_PATH] : []),
    ...options.paths.flatMap(p => packFilesIn(path.resolve(p))),
  ];
  const packs = files.map(file => loadPolicyPackFile(file, options.limits));
  const ids = new Map<string, string>();
  for (const pack of packs) {
    const other = ids.get(pack.id);
    if (other) {
      throw new PolicyPackError(
        pack.source,
        undefined,
        `pack id "${pack.id}" is also used by ${other}`,
      );
    }
    ids.set(pack.id, pack.source);
  }
  return packs;
}
