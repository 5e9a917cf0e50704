export { RequiredControls } from './RequiredControls';
