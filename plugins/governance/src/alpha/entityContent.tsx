import { EntityContentBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { isGovernedEntity } from '../isGovernedEntity';

/** The Governance tab, on entities that declare a governance profile. @alpha */
export const entityGovernanceContent = EntityContentBlueprint.make({
  name: 'governance',
  params: {
    path: '/governance',
    title: 'Governance',
    filter: isGovernedEntity,
    loader: () =>
      import('../components/GovernanceContent').then(m => (
        <m.GovernanceContent />
      )),
  },
});
