import {
  createApiFactory,
  createComponentExtension,
  createPlugin,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { governanceApiRef } from './api/GovernanceApi';
import { GovernanceClient } from './api/GovernanceClient';

/**
 * The Guardrails governance plugin for the legacy frontend system.
 *
 * @public
 */
export const governancePlugin = createPlugin({
  id: 'governance',
  apis: [
    createApiFactory({
      api: governanceApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: deps => new GovernanceClient(deps),
    }),
  ],
});

/**
 * The Governance tab content for an entity page (legacy frontend system):
 * add it as an `EntityLayout.Route` with `if={isGovernedEntity}`.
 *
 * @public
 */
export const EntityGovernanceContent = governancePlugin.provide(
  createComponentExtension({
    name: 'EntityGovernanceContent',
    component: {
      lazy: () =>
        import('./components/GovernanceContent').then(m => m.GovernanceContent),
    },
  }),
);

/**
 * The compact posture card for an entity's Overview (legacy frontend system).
 *
 * @public
 */
export const EntityGovernancePostureCard = governancePlugin.provide(
  createComponentExtension({
    name: 'EntityGovernancePostureCard',
    component: {
      lazy: () => import('./components/PostureCard').then(m => m.PostureCard),
    },
  }),
);
