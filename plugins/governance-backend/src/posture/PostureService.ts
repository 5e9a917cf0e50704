import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { GovernancePosture } from '@guardrails/plugin-governance-common';

/** Computes the risk posture of catalog entities. */
export interface PostureService {
  /**
   * The posture of one catalog entity, read with the caller's credentials.
   * Throws NotFoundError when the entity does not exist.
   */
  getPosture(
    entityRef: string,
    options: { credentials: BackstageCredentials },
  ): Promise<GovernancePosture>;

  /**
   * Evaluates every governed app in the catalog: registers new ones, opens
   * approval requests for new or materially changed profiles, records
   * snapshots. Returns how many apps it evaluated.
   */
  syncAll(): Promise<number>;
}
