export { ExceptionsCard, exceptionStateText } from './ExceptionsCard';
