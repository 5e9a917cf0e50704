/*
 * Copyright 2026 The Guardrails Authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
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

/** Kinds of system an integration connects to. @public */
export const INTEGRATION_TYPES = ['api', 'saas', 'database', 'file'] as const;

/** Kinds of place an app keeps data in. @public */
export const STORAGE_KINDS = [
  'bucket',
  'database',
  'spreadsheet',
  'file-share',
  'browser-storage',
] as const;

/** How the app's CI pipeline authenticates to the cloud. @public */
export const CI_AUTH_METHODS = ['oidc', 'static-keys', 'none'] as const;

/** Lists are bounded so policy evaluation cost stays bounded too. */
const MAX_LIST = 100;

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
      .max(MAX_LIST)
      .default([])
      .describe('OAuth scopes or IAM permissions used on the target'),
    type: z
      .enum(INTEGRATION_TYPES)
      .default('api')
      .describe('What kind of system the target is'),
    owned: z
      .boolean()
      .default(false)
      .describe("Whether the target is the app's own datastore"),
  })
  .strict();

/** A place the app keeps data in. @public */
export const storageSchema = z
  .object({
    kind: z.enum(STORAGE_KINDS),
    name: nonEmpty,
    public: z
      .boolean()
      .default(false)
      .describe('Readable without authentication'),
    encryptedAtRest: z.boolean().default(false),
    dataTypes: z.array(z.enum(DATA_TYPES)).max(MAX_LIST).default([]),
  })
  .strict();

/** Security controls the app declares. @public */
export const securitySchema = z
  .object({
    secretsStore: nonEmpty
      .optional()
      .describe('Where the app keeps its secrets, e.g. vault'),
    tokenLifetimeMinutes: z
      .number()
      .int()
      .positive()
      .optional()
      .describe('Lifetime of the OAuth or cloud tokens the app uses'),
    ciAuth: z.enum(CI_AUTH_METHODS).optional(),
    encryptionAtRest: z.boolean().default(false),
    encryptionInTransit: z.boolean().default(false),
    dlp: z
      .boolean()
      .default(false)
      .describe('Data loss prevention hooks in place'),
  })
  .strict();

/** Operational readiness the app declares. @public */
export const operationsSchema = z
  .object({
    telemetry: z.boolean().default(false),
    alertRules: z.boolean().default(false),
    rollbackToggle: z.boolean().default(false),
  })
  .strict();

/** For apps that act autonomously (AI agents). @public */
export const agentSchema = z
  .object({
    autonomous: z.boolean().default(false),
    scopedIdentity: z.boolean().default(false),
    humanConfirmationForWrites: z.boolean().default(false),
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
    integrations: z.array(integrationSchema).max(MAX_LIST).default([]),
    requestedScopes: z
      .array(nonEmpty)
      .max(MAX_LIST)
      .default([])
      .describe(
        'Permissions the app requests from identity or cloud providers',
      ),
    executionEnvironment: z.enum(EXECUTION_ENVIRONMENTS),
    operationalCriticality: z.enum(OPERATIONAL_CRITICALITIES),
    allowedRegions: z
      .array(nonEmpty)
      .min(1, 'must name at least one region')
      .max(MAX_LIST)
      .describe('Regions the app may run and keep data in'),
    runtime: nonEmpty
      .optional()
      .describe('Language or platform, e.g. node22 or power-apps'),
    cost: z
      .object({
        profile: z.enum(COST_PROFILES),
        monthlyBudget: z.number().nonnegative().describe('Budget per month'),
        monthlyCost: z
          .number()
          .nonnegative()
          .optional()
          .describe(
            'Estimated actual cost per month; costs the CI reports win',
          ),
        currency: z
          .string()
          .regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code')
          .default('USD'),
      })
      .strict()
      .optional(),
    value: z
      .object({
        hoursSavedPerWeek: z
          .number()
          .nonnegative()
          .optional()
          .describe('Hours of work the app saves its users per week'),
        peopleServed: z
          .number()
          .int('must be a whole number of people')
          .nonnegative()
          .optional()
          .describe('How many people use the app'),
        claimedAt: isoDate
          .optional()
          .describe('When the owner last stated the claim (YYYY-MM-DD)'),
      })
      .strict()
      .optional()
      .describe('The value the app claims, for the ROI'),
    requiredScans: z.array(z.enum(SCAN_TYPES)).max(MAX_LIST).default([]),
    productionEndpoints: z
      .array(z.url({ message: 'must be a URL' }))
      .max(MAX_LIST)
      .default([]),
    storage: z.array(storageSchema).max(MAX_LIST).default([]),
    containerImages: z
      .array(nonEmpty)
      .max(MAX_LIST)
      .default([])
      .describe(
        'Container images the app runs, e.g. registry.acme.example/app:1.2',
      ),
    security: securitySchema.optional(),
    operations: operationsSchema.optional(),
    agent: agentSchema.optional(),
    testDataRetentionDays: z
      .number()
      .int()
      .nonnegative()
      .optional()
      .describe('Days before test data is purged'),
    privacyImpactAssessment: nonEmpty
      .optional()
      .describe('Link to the privacy impact assessment'),
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
