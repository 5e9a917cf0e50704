import { z } from 'zod/v4';
import { governanceProfileSchema } from './governanceProfileSchema';

/**
 * The governance profile as a JSON Schema (draft 2020-12), generated from
 * the zod schema so the two never drift. Editors and external tools can use
 * it to validate `spec.governance` blocks.
 *
 * @public
 */
export function getGovernanceProfileJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(governanceProfileSchema, { io: 'input' }),
    $id: 'https://guardrails.dev/schemas/governance-profile.v1.json',
    title: 'Guardrails governance profile',
    description:
      'Governance metadata of a micro app, kept under spec.governance in its catalog-info.yaml',
  };
}
