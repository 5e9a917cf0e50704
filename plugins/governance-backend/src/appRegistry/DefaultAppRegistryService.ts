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
import { AppRegistryService, ExportedApp } from './AppRegistryService';
import { AppRegistryStore } from './AppRegistryStore';

/** Reads the app registry from its store. */
export class DefaultAppRegistryService implements AppRegistryService {
  constructor(private readonly options: { appRegistry: AppRegistryStore }) {}

  async exportApps(): Promise<ExportedApp[]> {
    return (await this.options.appRegistry.listApps()).map(app => ({
      ...app,
      registeredAt: app.registeredAt.toISOString(),
      evaluatedAt: app.evaluatedAt.toISOString(),
      lastActivityAt: app.lastActivityAt?.toISOString() ?? '',
      keepUntil: app.keepUntil?.toISOString(),
      inactivityWarnedAt: app.inactivityWarnedAt?.toISOString(),
    }));
  }
}
