/**
 * The Guardrails governance backend: posture API and app registry.
 *
 * @packageDocumentation
 */

export { governancePlugin as default } from './plugin';
