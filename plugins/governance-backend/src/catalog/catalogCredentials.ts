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
  AuthService,
  BackstageCredentials,
} from '@backstage/backend-plugin-api';

/**
 * The credentials to ask the catalog with on a caller's behalf. A user's
 * own, so that the catalog applies its permission rules. For a service
 * principal, the governance plugin's own: its route has already bound an
 * app's CI token to its apps (`governance.ciTokens`), and such a token
 * carries `accessRestrictions` naming only the governance plugin, so the
 * catalog would refuse it if it were passed on.
 */
export async function catalogCredentialsFor(
  credentials: BackstageCredentials,
  auth: AuthService,
): Promise<BackstageCredentials> {
  const { type } = credentials.principal as { type: string };
  return type === 'service' ? auth.getOwnServiceCredentials() : credentials;
}
