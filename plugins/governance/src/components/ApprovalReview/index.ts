export { ApprovalReview } from './ApprovalReview';
export { DecisionForm } from './DecisionForm';
