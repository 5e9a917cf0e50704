import {
  ApiBlueprint,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/frontend-plugin-api';
import { governanceApiRef } from '../api/GovernanceApi';
import { GovernanceClient } from '../api/GovernanceClient';

/** The governance API client. @alpha */
export const governanceApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: governanceApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: deps => new GovernanceClient(deps),
    }),
});
