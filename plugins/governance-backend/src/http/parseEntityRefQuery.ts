import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';

/** The required `entityRef` query parameter, normalised; a 400 otherwise. */
export function parseEntityRefQuery(value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new InputError(
      'Query parameter "entityRef" is required, e.g. entityRef=component:default/my-app',
    );
  }
  try {
    return stringifyEntityRef(parseEntityRef(value));
  } catch (error) {
    throw new InputError(
      `Query parameter "entityRef" is not a valid entity ref ("${value}"): expected kind:namespace/name, e.g. component:default/my-app`,
    );
  }
}
