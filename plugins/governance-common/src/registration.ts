import { ApprovalStatus } from './approvals';
import { RiskLevel } from './risk/assessRisk';

/** Summary of the CycloneDX SBOM generated for a new app. @public */
export interface SbomSummary {
  format: 'CycloneDX';
  specVersion: string;
  /** Components listed in the SBOM. */
  componentCount: number;
  /** sha256 of the SBOM document as written to the repository. */
  sha256: string;
  /** Where the SBOM lives in the repository, e.g. sbom.cdx.json. */
  path: string;
}

/** Result of the secret scan run on a new app's files. @public */
export interface SecretScanSummary {
  tool: string;
  filesScanned: number;
  /** Findings; registration only happens when this is 0. */
  findings: number;
}

/** Body of POST /apps/register. @public */
export interface AppRegistrationRequest {
  entityRef: string;
  templateRef?: string;
  taskId?: string;
  repoUrl?: string;
  sbom?: SbomSummary;
  secretScan?: SecretScanSummary;
}

/** How an app was created, recorded when a template registers it. @public */
export interface AppProvenance extends AppRegistrationRequest {
  registeredBy: string;
  registeredAt: string;
}

/** Answer of POST /apps/register. @public */
export interface AppRegistrationResult {
  entityRef: string;
  tier: number;
  riskLevel: RiskLevel;
  score: number;
  approvalId?: string;
  approvalStatus: ApprovalStatus;
}
