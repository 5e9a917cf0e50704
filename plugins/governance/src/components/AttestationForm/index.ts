export { AttestationForm } from './AttestationForm';
