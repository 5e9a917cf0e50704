export {
  ProfileProblemsPage,
  ProfileProblemsContent,
} from './ProfileProblemsPage';
