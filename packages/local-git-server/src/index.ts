/**
 * A git host on loopback for local use of the Guardrails templates.
 *
 * @packageDocumentation
 */
export { LocalGitServer } from './LocalGitServer';
export type { LocalGitServerOptions } from './LocalGitServer';
