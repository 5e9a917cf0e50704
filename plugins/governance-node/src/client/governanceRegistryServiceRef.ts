import {
  coreServices,
  createServiceFactory,
  createServiceRef,
} from '@backstage/backend-plugin-api';
import { DefaultGovernanceRegistryService } from './DefaultGovernanceRegistryService';
import { GovernanceRegistryService } from './GovernanceRegistryService';

/**
 * Registration with the governance backend, for backend modules such as
 * the scaffolder actions.
 *
 * @public
 */
export const governanceRegistryServiceRef =
  createServiceRef<GovernanceRegistryService>({
    id: 'governance.registry',
    scope: 'plugin',
    defaultFactory: async service =>
      createServiceFactory({
        service,
        deps: {
          discovery: coreServices.discovery,
          auth: coreServices.auth,
        },
        factory: deps => new DefaultGovernanceRegistryService(deps),
      }),
  });
