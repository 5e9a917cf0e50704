import { stringifyEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { governanceApiRef } from '../api/GovernanceApi';

/** Loads the posture of the entity on the current page. */
export function usePosture() {
  const { entity } = useEntity();
  const api = useApi(governanceApiRef);
  const entityRef = stringifyEntityRef(entity);
  return useAsyncRetry(() => api.getPosture(entityRef), [api, entityRef]);
}
