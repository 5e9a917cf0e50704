import { GovernanceProfileInput } from '../profile/governanceProfileSchema';

/** A small, valid, low-risk profile for tests to vary. */
export const lowRiskProfile: GovernanceProfileInput = {
  supportContact: '#team-tools',
  businessUnit: 'Product',
  purpose: 'Posts standup notes to the team channel.',
  dataClassification: 'internal',
  accessScope: 'team',
  integrations: [{ target: 'slack', access: 'write', approvedConnector: true }],
  executionEnvironment: 'vendor-hosted',
  operationalCriticality: 'toy',
  allowedRegions: ['eu-west-1'],
  retirementDate: '2030-01-31',
};
