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
  BackstageCredentials,
  BackstageServicePrincipal,
  BackstageUserPrincipal,
} from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import { CiTokenBinding } from '../config';
import { actorOf } from '../http/actorOf';
import { authorizeAppCaller } from '../http/authorizeAppCaller';
import { RegistrationCaller } from './RegistrationService';

/** The principal of the scaffolder plugin, acting for the template's user. */
const SCAFFOLDER = 'plugin:scaffolder';

/**
 * Who may tell governance how an app was built: the scaffolder on behalf
 * of the user running the template (a user principal whose actor is the
 * scaffolder), or the app's CI with a token bound to it. A user's own
 * token, another plugin or another app's token is refused (403).
 */
export function registrationCallerOf(
  credentials: BackstageCredentials,
  entityRef: string,
  ciTokens: readonly CiTokenBinding[],
): RegistrationCaller {
  const via = authorizeAppCaller(credentials, entityRef, ciTokens);
  let actingService: string;
  if (via === 'user') {
    actingService =
      (credentials.principal as BackstageUserPrincipal).actor?.subject ?? '';
    if (actingService !== SCAFFOLDER) {
      throw new NotAllowedError(
        'Apps are registered by the scaffolder, on behalf of the user running the template, or by the CI token bound to the app',
      );
    }
  } else {
    actingService = (credentials.principal as BackstageServicePrincipal)
      .subject;
  }
  return {
    credentials,
    actor: actorOf(credentials),
    actingService,
    via: via === 'user' ? 'scaffolder' : 'ci',
  };
}
