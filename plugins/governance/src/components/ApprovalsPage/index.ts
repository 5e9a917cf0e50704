export { ApprovalsContent, ApprovalsPage } from './ApprovalsPage';
