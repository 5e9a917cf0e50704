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
import { AppProvenance } from '@guardrails/plugin-governance-common';

/**
 * How apps were created and rebuilt: append-only history, never updated or
 * deleted; an app's latest record is its provenance.
 */
export interface ProvenanceStore {
  /** Adds a record to the app's history. */
  append(provenance: AppProvenance): Promise<void>;
  /** The app's latest record. */
  get(entityRef: string): Promise<AppProvenance | undefined>;
  /** Every record of the app, oldest first. */
  history(entityRef: string): Promise<AppProvenance[]>;
  /** The latest record of every app. */
  list(): Promise<AppProvenance[]>;
}
