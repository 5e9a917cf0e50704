export { PolicyFindings, groupFindings } from './PolicyFindings';
