/**
 * A policy pack that cannot be used. The message names the file and, where
 * it applies, the rule, so a broken pack is easy to find at start-up.
 *
 * @public
 */
export class PolicyPackError extends Error {
  constructor(
    readonly source: string,
    readonly ruleId: string | undefined,
    problem: string,
  ) {
    super(
      `Policy pack ${source}${ruleId ? `, rule "${ruleId}"` : ''}: ${problem}`,
    );
    this.name = 'PolicyPackError';
  }
}
