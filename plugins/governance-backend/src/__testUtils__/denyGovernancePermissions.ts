import {
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { AuthorizeResult } from '@backstage/plugin-permission-common';

/** Denies the governance permissions, allows the rest (catalog reads). */
export const denyGovernance = createServiceFactory({
  service: coreServices.permissions,
  deps: {},
  factory: () =>
    ({
      async authorize(requests: Array<{ permission: { name: string } }>) {
        return requests.map(r => ({
          result: r.permission.name.startsWith('governance.')
            ? AuthorizeResult.DENY
            : AuthorizeResult.ALLOW,
        }));
      },
      async authorizeConditional(requests: unknown[]) {
        return requests.map(() => ({ result: AuthorizeResult.ALLOW }));
      },
    } as any),
});
