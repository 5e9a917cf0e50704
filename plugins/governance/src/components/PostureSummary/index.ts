export {
  PostureSummary,
  StandingLine,
  attestationText,
  policyText,
  retirementText,
} from './PostureSummary';
