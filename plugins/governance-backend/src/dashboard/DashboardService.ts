import { GovernanceDashboard } from '@guardrails/plugin-governance-common';

/** The platform team's organisation-wide overview. */
export interface DashboardService {
  summarize(): Promise<GovernanceDashboard>;
}
