export {
  MyAttestationsPage,
  MyAttestationsContent,
} from './MyAttestationsPage';
