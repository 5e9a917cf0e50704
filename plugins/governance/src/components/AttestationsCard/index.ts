export { AttestationsCard, answersText } from './AttestationsCard';
