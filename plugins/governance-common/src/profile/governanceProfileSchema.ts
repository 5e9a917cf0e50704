import { z } from 'zod/v4';

/** Data classifications, from least to most sensitive. @public */
export const DATA_CLASSIFICATIONS = [
  'public',
  'internal',
  'confidential',
  'restricted',
  'regulated',
] as const;

/** Kinds of data an app may touch. @public */
export const DATA_TYPES = [
  'pii',
  'phi',
  'financial',
  'payment-card',
  'credentials',
  'corporate-intel',
  'customer-data',
  'employee-data',
] as const;

/** Who can reach the app (its blast radius). @public */
export const ACCESS_SCOPES = [
  'personal',
  'team',
  'cross-team',
  'org-wide',
] as const;

/** What an integration may do on its target. @public */
export const INTEGRATION_ACCESS_LEVELS = ['read', 'write', 'admin'] as const;

/** Where the app runs. @public */
export const EXECUTION_ENVIRONMENTS = [
  'client-only',
  'vendor-hosted',
  'serverless',
  'container',
  'company-cloud',
] as const;

/** How much the business depends on the app. @public */
export const OPERATIONAL_CRITICALITIES = [
  'toy',
  'productivity',
  'sla-critical',
] as const;

/** Scans an app's pipeline must run. @public */
export const SCAN_TYPES = ['sast', 'sca', 'dast', 'secrets', 'sbom'] as const;

/** Rough monthly cost bands. @public */
export const COST_PROFILES = ['free', 'low', 'medium', 'high'] as const;

/** The version of the profile schema this package implements. @public */
export const GOVERNANCE_PROFILE_SCHEMA_VERSION = 1;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written as YYYY-MM-DD')
  .refine(value => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), {
    message: 'must be a real calendar date',
  });

const nonEmpty = z.string().trim().min(1, 'must not be empty');

/** One connection from the app to another system. @public */
export const integrationSchema = z
  .object({
    target: nonEmpty.describe(
      'The system connected to, e.g. slack or salesforce',
    ),
    access: z
      .enum(INTEGRATION_ACCESS_LEVELS)
      .describe('The highest access the app has on the target'),
    approvedConnector: z
      .boolean()
      .default(false)
      .describe(
        'Whether the connection uses a connector from the approved vendor catalog',
      ),
    scopes: z
      .array(nonEmpty)
      .default([])
      .describe('OAuth scopes or IAM permissions used on the target'),
  })
  .strict();

/**
 * The governance profile of a micro app, kept under `spec.governance` in its
 * catalog-info.yaml. The owner is the entity's own `spec.owner`.
 *
 * @public
 */
export const governanceProfileSchema = z
  .object({
    schemaVersion: z
      .literal(GOVERNANCE_PROFILE_SCHEMA_VERSION)
      .default(GOVERNANCE_PROFILE_SCHEMA_VERSION)
      .describe('Version of this schema the profile follows'),
    supportContact: nonEmpty.describe('Email or chat channel for support'),
    businessUnit: nonEmpty.describe('Business unit that sponsors the app'),
    purpose: z
      .string()
      .trim()
      .min(10, 'must say in a sentence what the app is for')
      .describe('Purpose and business justification'),
    dataClassification: z
      .enum(DATA_CLASSIFICATIONS)
      .describe('Most sensitive class of data the app stores or processes'),
    dataTypes: z
      .array(z.enum(DATA_TYPES))
      .default([])
      .describe('Kinds of data touched'),
    accessScope: z.enum(ACCESS_SCOPES).describe('Who can use the app'),
    integrations: z.array(integrationSchema).default([]),
    requestedScopes: z
      .array(nonEmpty)
      .default([])
      .describe(
        'Permissions the app requests from identity or cloud providers',
      ),
    executionEnvironment: z.enum(EXECUTION_ENVIRONMENTS),
    operationalCriticality: z.enum(OPERATIONAL_CRITICALITIES),
    allowedRegions: z
      .array(nonEmpty)
      .min(1, 'must name at least one region')
      .describe('Regions the app may run and keep data in'),
    runtime: nonEmpty
      .optional()
      .describe('Language or platform, e.g. node22 or power-apps'),
    cost: z
      .object({
        profile: z.enum(COST_PROFILES),
        monthlyBudget: z.number().nonnegative().describe('Budget per month'),
        currency: z
          .string()
          .regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code')
          .default('USD'),
      })
      .strict()
      .optional(),
    requiredScans: z.array(z.enum(SCAN_TYPES)).default([]),
    productionEndpoints: z
      .array(z.url({ message: 'must be a URL' }))
      .default([]),
    retentionDays: z
      .number()
      .int('must be a whole number of days')
      .positive()
      .optional()
      .describe('How long the app keeps its data'),
    template: nonEmpty
      .optional()
      .describe('Reference of the template the app was created from'),
    retirementDate: isoDate
      .optional()
      .describe('Planned retirement date (YYYY-MM-DD)'),
    runbook: nonEmpty.optional().describe('Link to the runbook'),
    sla: nonEmpty.optional().describe('Service level, e.g. business-hours'),
  })
  .strict();

/** A governance profile as written in catalog-info.yaml (defaults optional). @public */
export type GovernanceProfileInput = z.input<typeof governanceProfileSchema>;

/** A validated governance profile with defaults applied. @public */
export type GovernanceProfile = z.output<typeof governanceProfileSchema>;

/** @public */
export type Integration = z.output<typeof integrationSchema>;
/** @public */
export type DataClassification = (typeof DATA_CLASSIFICATIONS)[number];
/** @public */
export type DataType = (typeof DATA_TYPES)[number];
/** @public */
export type AccessScope = (typeof ACCESS_SCOPES)[number];
/** @public */
export type IntegrationAccess = (typeof INTEGRATION_ACCESS_LEVELS)[number];
/** @public */
export type ExecutionEnvironment = (typeof EXECUTION_ENVIRONMENTS)[number];
/** @public */
export type OperationalCriticality = (typeof OPERATIONAL_CRITICALITIES)[number];
