export { AttestationDueCard } from './AttestationDueCard';
