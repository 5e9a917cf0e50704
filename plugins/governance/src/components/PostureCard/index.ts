export { PostureCard } from './PostureCard';
