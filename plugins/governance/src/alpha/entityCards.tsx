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

/** Whether an owner attestation is due, on the Overview. @alpha */
export const entityAttestationDueCard = EntityCardBlueprint.make({
  name: 'attestation-due',
  params: {
    type: 'info',
    filter: isGovernedEntity,
    loader: () =>
      import('../components/AttestationDueCard').then(m => (
        <m.AttestationDueCard />
      )),
  },
});
