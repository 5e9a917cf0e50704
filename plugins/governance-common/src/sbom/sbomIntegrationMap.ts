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
import { Integration } from '../profile/governanceProfileSchema';

/** The profile's integration types (`spec.governance.integrations[].type`). @public */
export type SbomIntegrationType = Integration['type'];

/** Package ecosystems the mapping knows, as package URL types. @public */
export const SBOM_ECOSYSTEMS = ['npm', 'pypi'] as const;
/** @public */
export type SbomEcosystem = (typeof SBOM_ECOSYSTEMS)[number];

/**
 * What a package lets an app do, beyond connecting to its target.
 *
 * @public
 */
export interface SbomCapabilities {
  /** A database driver that can write (the deny rule for sensitive data). */
  databaseWrite?: boolean;
  /** A client of a large language model service. */
  llmClient?: boolean;
  /** Makes outbound HTTP calls to whatever URL the code names. */
  outboundHttp?: boolean;
}

/**
 * One known SDK or driver and the integration it implies.
 *
 * @public
 */
export interface SbomIntegrationMapEntry {
  ecosystem: SbomEcosystem;
  /**
   * The package name: npm names with their scope (`@slack/web-api`), PyPI
   * names normalised as PEP 503 does (lowercase, runs of `-_.` as `-`). A
   * trailing `*` matches every name with that prefix (`@aws-sdk/client-*`).
   */
  name: string;
  /** The integration target it implies, in the profile's vocabulary. */
  target: string;
  /** The profile's integration type (`spec.governance.integrations[].type`). */
  type: SbomIntegrationType;
  /** Other profile targets that also declare it, lowercase. */
  aliases?: string[];
  /**
   * Profile integration types that declare it whatever their target: a
   * database driver is declared by any `database` integration (its target
   * names the database, not the driver), an HTTP client by any API.
   */
  declaredByTypes?: SbomIntegrationType[];
  capabilities?: SbomCapabilities;
  /** What the package is, in a few words. */
  description: string;
}

/** The mapping of packages to integrations, versioned as a whole. @public */
export interface SbomIntegrationMap {
  /** Semantic version; facts record the version they were derived with. */
  version: string;
  entries: SbomIntegrationMapEntry[];
}

const GOOGLE = [
  'google',
  'google-workspace',
  'google-sheets',
  'google-drive',
  'gmail',
  'google-calendar',
  'google-docs',
];
const MICROSOFT = [
  'microsoft-365',
  'office-365',
  'sharepoint',
  'outlook',
  'teams',
  'onedrive',
];
const GEMINI = ['gemini', 'google-ai', 'vertex-ai'];

/** An entry maker for one kind of SDK: its integration type and what it can do. */
const entryOf =
  (
    type: SbomIntegrationMapEntry['type'],
    extra: Pick<SbomIntegrationMapEntry, 'capabilities' | 'declaredByTypes'>,
  ) =>
  (
    ecosystem: SbomEcosystem,
    name: string,
    target: string,
    description: string,
    aliases?: string[],
  ): SbomIntegrationMapEntry => ({
    ecosystem,
    name,
    target,
    type,
    aliases,
    ...extra,
    description,
  });

const saas = entryOf('saas', { capabilities: { outboundHttp: true } });
const api = entryOf('api', { capabilities: { outboundHttp: true } });
const database = entryOf('database', {
  declaredByTypes: ['database'],
  capabilities: { databaseWrite: true },
});
const llm = entryOf('api', {
  capabilities: { llmClient: true, outboundHttp: true },
});

const http = (
  ecosystem: SbomEcosystem,
  name: string,
  description: string,
): SbomIntegrationMapEntry => ({
  ecosystem,
  name,
  target: 'http',
  type: 'api',
  declaredByTypes: ['api', 'saas'],
  capabilities: { outboundHttp: true },
  description,
});

/**
 * Known SDKs and drivers of npm and PyPI, and the integration each implies:
 * what "declared versus actual" compares an app's SBOM with. Bump `version`
 * with every change (a new minor for added entries, a major for changed
 * ones); each entry has its test in sbomIntegrationMap.test.ts.
 *
 * @public
 */
export const SBOM_INTEGRATION_MAP: SbomIntegrationMap = {
  version: '1.0.0',
  entries: [
    // Chat and collaboration
    saas('npm', '@slack/web-api', 'slack', 'Slack Web API client'),
    saas('npm', '@slack/bolt', 'slack', 'Slack app framework'),
    saas('npm', '@slack/webhook', 'slack', 'Slack incoming webhooks'),
    saas('pypi', 'slack-sdk', 'slack', 'Slack SDK'),
    saas('pypi', 'slack-bolt', 'slack', 'Slack app framework'),
    saas(
      'npm',
      '@microsoft/microsoft-graph-client',
      'microsoft-graph',
      'Microsoft Graph client',
      MICROSOFT,
    ),
    saas('pypi', 'msgraph-sdk', 'microsoft-graph', 'Microsoft Graph SDK', [
      ...MICROSOFT,
    ]),
    saas('npm', '@notionhq/client', 'notion', 'Notion API client'),
    saas('npm', 'jira.js', 'jira', 'Jira REST client', ['atlassian']),
    saas('pypi', 'jira', 'jira', 'Jira REST client', ['atlassian']),
    saas('npm', 'airtable', 'airtable', 'Airtable client'),
    // Google APIs
    saas('npm', 'googleapis', 'google-apis', 'Google APIs client', GOOGLE),
    saas('npm', '@googleapis/*', 'google-apis', 'Google API client', GOOGLE),
    saas(
      'npm',
      'google-spreadsheet',
      'google-apis',
      'Google Sheets client',
      GOOGLE,
    ),
    saas(
      'pypi',
      'google-api-python-client',
      'google-apis',
      'Google APIs client',
      GOOGLE,
    ),
    saas('pypi', 'gspread', 'google-apis', 'Google Sheets client', GOOGLE),
    // CRM and business systems
    saas('npm', 'jsforce', 'salesforce', 'Salesforce API client', ['sfdc']),
    saas('pypi', 'simple-salesforce', 'salesforce', 'Salesforce API client', [
      'sfdc',
    ]),
    saas('npm', '@hubspot/api-client', 'hubspot', 'HubSpot API client'),
    saas('pypi', 'hubspot-api-client', 'hubspot', 'HubSpot API client'),
    api('npm', 'stripe', 'stripe', 'Stripe payments API'),
    api('pypi', 'stripe', 'stripe', 'Stripe payments API'),
    api('npm', 'twilio', 'twilio', 'Twilio messaging API'),
    api('pypi', 'twilio', 'twilio', 'Twilio messaging API'),
    api('npm', '@sendgrid/mail', 'sendgrid', 'SendGrid email API', ['email']),
    {
      ecosystem: 'npm',
      name: 'nodemailer',
      target: 'smtp',
      type: 'api',
      aliases: ['email'],
      description: 'Sends email over SMTP',
    },
    // Database drivers
    database('npm', 'pg', 'postgresql', 'PostgreSQL driver', ['postgres']),
    database('npm', 'postgres', 'postgresql', 'PostgreSQL driver', [
      'postgres',
    ]),
    database('pypi', 'psycopg2', 'postgresql', 'PostgreSQL driver', [
      'postgres',
    ]),
    database('pypi', 'psycopg2-binary', 'postgresql', 'PostgreSQL driver', [
      'postgres',
    ]),
    database('pypi', 'psycopg', 'postgresql', 'PostgreSQL driver', [
      'postgres',
    ]),
    database('pypi', 'asyncpg', 'postgresql', 'PostgreSQL driver', [
      'postgres',
    ]),
    database('npm', 'mysql', 'mysql', 'MySQL driver', ['mariadb']),
    database('npm', 'mysql2', 'mysql', 'MySQL driver', ['mariadb']),
    database('npm', 'mariadb', 'mysql', 'MariaDB driver', ['mariadb']),
    database('pypi', 'pymysql', 'mysql', 'MySQL driver', ['mariadb']),
    database('pypi', 'mysql-connector-python', 'mysql', 'MySQL driver', [
      'mariadb',
    ]),
    database('pypi', 'mysqlclient', 'mysql', 'MySQL driver', ['mariadb']),
    database('npm', 'mongodb', 'mongodb', 'MongoDB driver', ['mongo']),
    database('npm', 'mongoose', 'mongodb', 'MongoDB object modelling', [
      'mongo',
    ]),
    database('pypi', 'pymongo', 'mongodb', 'MongoDB driver', ['mongo']),
    database('npm', 'mssql', 'sqlserver', 'SQL Server driver', ['mssql']),
    database('npm', 'tedious', 'sqlserver', 'SQL Server driver', ['mssql']),
    database('pypi', 'pyodbc', 'odbc', 'ODBC database driver'),
    database('npm', 'oracledb', 'oracle', 'Oracle Database driver'),
    database('pypi', 'oracledb', 'oracle', 'Oracle Database driver'),
    database('npm', 'redis', 'redis', 'Redis client'),
    database('npm', 'ioredis', 'redis', 'Redis client'),
    database('pypi', 'redis', 'redis', 'Redis client'),
    database('npm', '@azure/cosmos', 'cosmosdb', 'Azure Cosmos DB client', [
      'azure',
      'azure-cosmos-db',
    ]),
    // Cloud SDKs
    api('npm', '@aws-sdk/client-*', 'aws', 'AWS SDK v3 service client', [
      'amazon-web-services',
    ]),
    api('npm', 'aws-sdk', 'aws', 'AWS SDK v2', ['amazon-web-services']),
    api('pypi', 'boto3', 'aws', 'AWS SDK for Python', ['amazon-web-services']),
    api('npm', '@google-cloud/storage', 'gcp', 'Google Cloud Storage client', [
      'google-cloud',
      'gcs',
    ]),
    api('npm', '@google-cloud/bigquery', 'gcp', 'Google BigQuery client', [
      'google-cloud',
      'bigquery',
    ]),
    api('npm', '@google-cloud/pubsub', 'gcp', 'Google Cloud Pub/Sub client', [
      'google-cloud',
      'pubsub',
    ]),
    api('pypi', 'google-cloud-storage', 'gcp', 'Google Cloud Storage client', [
      'google-cloud',
      'gcs',
    ]),
    api('pypi', 'google-cloud-bigquery', 'gcp', 'Google BigQuery client', [
      'google-cloud',
      'bigquery',
    ]),
    api('npm', '@azure/storage-blob', 'azure', 'Azure Blob Storage client', [
      'azure-storage',
    ]),
    api('pypi', 'azure-storage-blob', 'azure', 'Azure Blob Storage client', [
      'azure-storage',
    ]),
    // LLM clients
    llm('npm', 'openai', 'openai', 'OpenAI API client', ['azure-openai']),
    llm('pypi', 'openai', 'openai', 'OpenAI API client', ['azure-openai']),
    llm('npm', '@azure/openai', 'azure-openai', 'Azure OpenAI client', [
      'openai',
    ]),
    llm('npm', '@langchain/openai', 'openai', 'LangChain OpenAI models', [
      'azure-openai',
    ]),
    llm('npm', '@anthropic-ai/sdk', 'anthropic', 'Anthropic API client', [
      'claude',
    ]),
    llm('pypi', 'anthropic', 'anthropic', 'Anthropic API client', ['claude']),
    llm('npm', '@google/generative-ai', 'google-gemini', 'Gemini API client', [
      ...GEMINI,
    ]),
    llm('npm', '@google/genai', 'google-gemini', 'Gemini API client', [
      ...GEMINI,
    ]),
    llm('pypi', 'google-generativeai', 'google-gemini', 'Gemini API client', [
      ...GEMINI,
    ]),
    llm('pypi', 'google-genai', 'google-gemini', 'Gemini API client', [
      ...GEMINI,
    ]),
    llm('npm', 'cohere-ai', 'cohere', 'Cohere API client'),
    llm('pypi', 'cohere', 'cohere', 'Cohere API client'),
    llm('npm', '@mistralai/mistralai', 'mistral', 'Mistral API client'),
    llm('pypi', 'mistralai', 'mistral', 'Mistral API client'),
    // HTTP clients: some API the profile should name
    http('npm', 'axios', 'HTTP client'),
    http('npm', 'node-fetch', 'HTTP client'),
    http('npm', 'got', 'HTTP client'),
    http('npm', 'superagent', 'HTTP client'),
    http('npm', 'cross-fetch', 'HTTP client'),
    http('pypi', 'requests', 'HTTP client'),
    http('pypi', 'httpx', 'HTTP client'),
    http('pypi', 'aiohttp', 'HTTP client'),
  ],
};
