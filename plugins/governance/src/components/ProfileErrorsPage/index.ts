export { ProfileErrorsPage, ProfileErrorsContent } from './ProfileErrorsPage';
