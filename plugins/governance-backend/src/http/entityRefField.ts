import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { z } from 'zod/v4';

/** A body field holding an entity ref, normalised to kind:namespace/name. */
export const entityRefField = z.string().transform((value, ctx) => {
  try {
    return stringifyEntityRef(parseEntityRef(value));
  } catch {
    ctx.addIssue({
      code: 'custom',
      message: 'must be an entity ref like component:default/my-app',
    });
    return z.NEVER;
  }
});
