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
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { identityApiRef, useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';

/**
 * Whether the signed-in user owns the app: its owner (`spec.owner`, a group
 * or user, relative to the app's namespace) is one of the user's ownership
 * refs. The backend decides the same way, so admins are not owners here.
 * Undefined until the user's identity is known.
 */
export function useIsOwner(
  entityRef: string,
  owner?: string,
): boolean | undefined {
  const identityApi = useApi(identityApiRef);
  const { value } = useAsync(async () => {
    if (!owner) return false;
    let ownerRef: string;
    try {
      ownerRef = stringifyEntityRef(
        parseEntityRef(owner, {
          defaultKind: 'group',
          defaultNamespace: parseEntityRef(entityRef).namespace,
        }),
      );
    } catch {
      // A malformed owner is nobody's: the catalog would not relate it.
      return false;
    }
    const { ownershipEntityRefs } = await identityApi.getBackstageIdentity();
    const lower = (ref: string) => ref.toLocaleLowerCase('en-US');
    return ownershipEntityRefs.map(lower).includes(lower(ownerRef));
  }, [identityApi, entityRef, owner]);
  return value;
}
