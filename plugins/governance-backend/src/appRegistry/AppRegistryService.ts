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
import { RegisteredApp } from './AppRegistryStore';

/** One app of the registry as exported: dates as ISO 8601 strings. */
export type ExportedApp = Omit<
  RegisteredApp,
  | 'registeredAt'
  | 'evaluatedAt'
  | 'lastActivityAt'
  | 'keepUntil'
  | 'inactivityWarnedAt'
> & {
  registeredAt: string;
  evaluatedAt: string;
  /** Empty when the app never reported activity. */
  lastActivityAt: string;
  keepUntil?: string;
  inactivityWarnedAt?: string;
};

/** The app registry: every governed app the backend has seen. */
export interface AppRegistryService {
  /** Every app in the registry, for the registry export. */
  exportApps(): Promise<ExportedApp[]>;
}
