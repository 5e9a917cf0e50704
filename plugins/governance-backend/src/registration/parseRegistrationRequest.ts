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
import { HttpAuthService } from '@backstage/backend-plugin-api';
import { Request } from 'express';
import { CiTokenBinding } from '../config';
import { registrationCallerOf } from './registrationCallerOf';
import { RegistrationCaller } from './RegistrationService';

/**
 * Reads a request on the registration path: who calls (a user or a
 * service: 401 otherwise), then its body (400 naming the field), then
 * whether that caller may speak for the app the body names (403).
 */
export async function parseRegistrationRequest<T extends { entityRef: string }>(
  req: Request,
  parse: (body: unknown) => T,
  {
    httpAuth,
    ciTokens,
  }: { httpAuth: HttpAuthService; ciTokens: readonly CiTokenBinding[] },
): Promise<{ body: T; caller: RegistrationCaller }> {
  const credentials = await httpAuth.credentials(req, {
    allow: ['user', 'service'],
  });
  const body = parse(req.body);
  return {
    body,
    caller: registrationCallerOf(credentials, body.entityRef, ciTokens),
  };
}
