export { GovernancePreviewField } from './GovernancePreviewField';
export type { GovernancePreviewOptions } from './GovernancePreviewField';
export { governancePreviewValidation } from './governancePreviewValidation';
export type { GovernancePreviewValue } from './governancePreviewValidation';
