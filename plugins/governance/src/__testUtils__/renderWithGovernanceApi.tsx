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
import { Entity } from '@backstage/catalog-model';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { identityApiRef } from '@backstage/core-plugin-api';
import {
  MockPermissionApi,
  TestApiProvider,
  mockApis,
  renderInTestApp,
} from '@backstage/test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { ReactElement } from 'react';
import { SWRConfig } from 'swr';
import { GovernanceApi, governanceApiRef } from '../api/GovernanceApi';
import { reportRouteRef } from '../routes';

/**
 * Renders a component with a stand-in GovernanceApi, and an entity when
 * given; the signed-in user is `user:default/guest` owning only itself
 * unless `ownershipEntityRefs` names more.
 */
export function renderWithGovernanceApi(
  element: ReactElement,
  api: Partial<GovernanceApi>,
  entity?: Entity,
  options: { allowed?: boolean; ownershipEntityRefs?: string[] } = {},
) {
  const permissionApi = new MockPermissionApi(() =>
    options.allowed === false ? AuthorizeResult.DENY : AuthorizeResult.ALLOW,
  );
  const fullApi: GovernanceApi = {
    getPosture: jest.fn(),
    evaluateProfile: jest.fn(),
    getProfileErrors: jest.fn(),
    verifyEvidence: jest.fn(),
    submitAttestation: jest.fn(),
    getMyAttestations: jest.fn(),
    downloadEvidence: jest.fn(),
    getApprovalQueue: jest.fn(),
    decideApproval: jest.fn(),
    resubmitApproval: jest.fn(),
    delegateApproval: jest.fn(),
    requestException: jest.fn(),
    decideException: jest.fn(),
    changeLifecycle: jest.fn(),
    getDashboard: jest.fn(),
    downloadCsv: jest.fn(),
    getKpis: jest.fn(),
    exportKpis: jest.fn(),
    getAppValue: jest.fn(),
    ...api,
  };
  // A fresh cache per render: usePermission keeps answers in SWR's cache.
  return renderInTestApp(
    <SWRConfig value={{ provider: () => new Map() }}>
      <TestApiProvider
        apis={[
          [governanceApiRef, fullApi],
          [permissionApiRef, permissionApi],
          [
            identityApiRef,
            mockApis.identity({
              userEntityRef: 'user:default/guest',
              ownershipEntityRefs: options.ownershipEntityRefs ?? [
                'user:default/guest',
              ],
            }),
          ],
        ]}
      >
        {entity ? (
          <EntityProvider entity={entity}>{element}</EntityProvider>
        ) : (
          element
        )}
      </TestApiProvider>
    </SWRConfig>,
    // Entity links (EntityRefLink) resolve to the catalog's entity page.
    {
      mountedRoutes: {
        '/catalog/:namespace/:kind/:name': entityRouteRef,
        '/governance/report': reportRouteRef,
      },
    },
  );
}
