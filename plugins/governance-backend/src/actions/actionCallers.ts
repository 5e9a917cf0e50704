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
import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { InputError, NotAllowedError } from '@backstage/errors';
import { z as zod } from 'zod/v3';
import { CiTokenBinding } from '../config';
import { authorizeAppReader } from '../http/authorizeAppReader';
import {
  ENTITY_REF_PROBLEM,
  normalizeEntityRef,
} from '../http/normalizeEntityRef';

/** The input field naming an app, described for an agent. */
export const entityRefInput = (z: typeof zod) =>
  z
    .string()
    .min(1)
    .describe(
      "The app's catalog entity ref, kind:namespace/name, e.g. component:default/crm-record-updater; a bare name means component:default/<name>",
    );

/** The app an action's input names, normalised; InputError naming the field. */
export function parseActionEntityRef(value: string, field = 'entityRef') {
  const ref = normalizeEntityRef(value, { defaultKind: 'component' });
  if (!ref) {
    throw new InputError(`Input field "${field}": ${ENTITY_REF_PROBLEM}`);
  }
  return ref;
}

/**
 * The MCP server forwards a caller's service token as its own plugin
 * credentials (`plugin:mcp-actions`): the token's identity, and so its
 * `governance.ciTokens` binding, never reaches Guardrails. Such a caller is
 * refused, rather than read everything as an installed plugin may.
 */
export function refuseForwardedServiceToken(credentials: BackstageCredentials) {
  const principal = credentials.principal as { type: string; subject?: string };
  if (
    principal.type === 'service' &&
    principal.subject === 'plugin:mcp-actions'
  ) {
    throw new NotAllowedError(
      'Guardrails answers MCP clients that call with a user token; a service token does not say which app it may read',
    );
  }
}

/**
 * Who may read one app's governance data through an action: the REST API's
 * rule (authorizeAppReader), and no service token forwarded by the MCP
 * server.
 */
export function authorizeActionAppReader(
  credentials: BackstageCredentials,
  entityRef: string,
  ciTokens: readonly CiTokenBinding[],
) {
  refuseForwardedServiceToken(credentials);
  authorizeAppReader(credentials, entityRef, ciTokens);
}
