export { ApprovalCard } from './ApprovalCard';
