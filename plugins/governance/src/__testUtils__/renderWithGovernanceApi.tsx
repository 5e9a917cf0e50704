import { Entity } from '@backstage/catalog-model';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { ReactElement } from 'react';
import { GovernanceApi, governanceApiRef } from '../api/GovernanceApi';

/** Renders a component with a stand-in GovernanceApi, and an entity when given. */
export function renderWithGovernanceApi(
  element: ReactElement,
  api: Partial<GovernanceApi>,
  entity?: Entity,
) {
  const fullApi: GovernanceApi = {
    getPosture: jest.fn(),
    evaluateProfile: jest.fn(),
    getProfileProblems: jest.fn(),
    verifyEvidence: jest.fn(),
    downloadEvidence: jest.fn(),
    ...api,
  };
  return renderInTestApp(
    <TestApiProvider apis={[[governanceApiRef, fullApi]]}>
      {entity ? (
        <EntityProvider entity={entity}>{element}</EntityProvider>
      ) : (
        element
      )}
    </TestApiProvider>,
  );
}
