export { DashboardContent, DashboardPage } from './DashboardPage';
