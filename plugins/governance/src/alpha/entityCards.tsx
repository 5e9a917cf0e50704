import { EntityCardBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { isGovernedEntity } from '../isGovernedEntity';

/** Tier and score on the Overview of governed entities. @alpha */
export const entityGovernancePostureCard = EntityCardBlueprint.make({
  name: 'posture',
  params: {
    type: 'info',
    filter: isGovernedEntity,
    loader: () =>
      import('../components/PostureCard').then(m => <m.PostureCard />),
  },
});
