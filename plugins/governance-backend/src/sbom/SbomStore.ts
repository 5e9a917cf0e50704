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
import { AppSbomFacts } from '@guardrails/plugin-governance-common';

/** An SBOM submission as recorded: its facts and who submitted it. */
export interface SbomRecord extends AppSbomFacts {
  entityRef: string;
  /** The service it came through: `plugin:scaffolder` or the CI subject. */
  actingService?: string;
  /** The SBOM's own `metadata.timestamp`, when it had one. */
  bomTimestamp?: string;
}

/**
 * The SBOMs submitted for apps: append-only history; an app's latest
 * record holds its current facts.
 */
export interface SbomStore {
  /** Adds a record to the app's history. */
  append(record: SbomRecord): Promise<void>;
  /** The latest record of each given app; apps without one are absent. */
  latest(entityRefs: string[]): Promise<Map<string, SbomRecord>>;
  /** The SHA-256 of each given app's latest SBOM, without the facts. */
  latestDigests(entityRefs: string[]): Promise<Map<string, string>>;
}
