import { Entity } from '@backstage/catalog-model';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import {
  MockPermissionApi,
  TestApiProvider,
  renderInTestApp,
} from '@backstage/test-utils';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { ReactElement } from 'react';
import { SWRConfig } from 'swr';
import { GovernanceApi, governanceApiRef } from '../api/GovernanceApi';

/** Renders a component with a stand-in GovernanceApi, and an entity when given. */
export function renderWithGovernanceApi(
  element: ReactElement,
  api: Partial<GovernanceApi>,
  entity?: Entity,
  options: { allowed?: boolean } = {},
) {
  const permissionApi = new MockPermissionApi(() =>
    options.allowed === false ? AuthorizeResult.DENY : AuthorizeResult.ALLOW,
  );
  const fullApi: GovernanceApi = {
    getPosture: jest.fn(),
    evaluateProfile: jest.fn(),
    getProfileProblems: jest.fn(),
    verifyEvidence: jest.fn(),
    submitAttestation: jest.fn(),
    getMyAttestations: jest.fn(),
    downloadEvidence: jest.fn(),
    getApprovalQueue: jest.fn(),
    decideApproval: jest.fn(),
    delegateApproval: jest.fn(),
    requestException: jest.fn(),
    decideException: jest.fn(),
    changeLifecycle: jest.fn(),
    getDashboard: jest.fn(),
    downloadCsv: jest.fn(),
    ...api,
  };
  // A fresh cache per render: usePermission keeps answers in SWR's cache.
  return renderInTestApp(
    <SWRConfig value={{ provider: () => new Map() }}>
      <TestApiProvider
        apis={[
          [governanceApiRef, fullApi],
          [permissionApiRef, permissionApi],
        ]}
      >
        {entity ? (
          <EntityProvider entity={entity}>{element}</EntityProvider>
        ) : (
          element
        )}
      </TestApiProvider>
    </SWRConfig>,
  );
}
