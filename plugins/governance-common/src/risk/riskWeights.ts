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
import {
  AccessScope,
  DataClassification,
  DataType,
  ExecutionEnvironment,
  IntegrationAccess,
  OperationalCriticality,
} from '../profile/governanceProfileSchema';

/**
 * Points each profile value adds to the risk score. The five groups are the
 * seeds' five risk dimensions. Organisations override any of them through
 * `governance.risk.weights` in app-config.
 *
 * @public
 */
export interface RiskWeights {
  dataClassification: Record<DataClassification, number>;
  /** Added on top of the classification for the most sensitive data type. */
  dataTypes: Record<DataType, number>;
  accessScope: Record<AccessScope, number>;
  /** Points for the highest access level among the integrations. */
  integrationAccess: Record<IntegrationAccess, number>;
  /** Added once when any integration is not an approved connector. */
  unapprovedConnector: number;
  executionEnvironment: Record<ExecutionEnvironment, number>;
  operationalCriticality: Record<OperationalCriticality, number>;
  /** Highest number of points one dimension can contribute. */
  dimensionCaps: Record<RiskDimension, number>;
}

/** The five dimensions of the risk model. @public */
export const RISK_DIMENSIONS = [
  'dataSensitivity',
  'accessScope',
  'integrationType',
  'executionEnvironment',
  'operationalCriticality',
] as const;

/** @public */
export type RiskDimension = (typeof RISK_DIMENSIONS)[number];

/**
 * Default weights. Data sensitivity weighs most (up to 4 of 10 points): every
 * seed puts regulated and restricted data at the top of its risk ladder.
 *
 * @public
 */
export const DEFAULT_RISK_WEIGHTS: RiskWeights = {
  dataClassification: {
    public: 0,
    internal: 1,
    confidential: 2,
    restricted: 3,
    regulated: 4,
  },
  dataTypes: {
    pii: 1,
    phi: 2,
    financial: 1,
    'payment-card': 2,
    credentials: 2,
    'corporate-intel': 1,
    'customer-data': 1,
    'employee-data': 1,
  },
  accessScope: { personal: 0, team: 0, 'cross-team': 1, 'org-wide': 2 },
  integrationAccess: { read: 0, write: 1, admin: 2 },
  unapprovedConnector: 1,
  executionEnvironment: {
    'client-only': 0,
    serverless: 0,
    'vendor-hosted': 1,
    container: 1,
    'company-cloud': 1,
  },
  operationalCriticality: { toy: 0, productivity: 1, 'sla-critical': 2 },
  dimensionCaps: {
    dataSensitivity: 4,
    accessScope: 2,
    integrationType: 2,
    executionEnvironment: 1,
    operationalCriticality: 2,
  },
};

/** A partial override of the weights, as read from config. @public */
export type RiskWeightsOverride = {
  [K in keyof RiskWeights]?: RiskWeights[K] extends number
    ? number
    : Partial<RiskWeights[K]>;
};

/** Applies an override on top of the defaults. @public */
export function resolveRiskWeights(
  override?: RiskWeightsOverride,
): RiskWeights {
  if (!override) return DEFAULT_RISK_WEIGHTS;
  const merged = { ...DEFAULT_RISK_WEIGHTS } as Record<string, unknown>;
  for (const [key, value] of Object.entries(override)) {
    const base = (DEFAULT_RISK_WEIGHTS as unknown as Record<string, unknown>)[
      key
    ];
    if (value === undefined) continue;
    merged[key] =
      typeof base === 'object' && base !== null
        ? { ...(base as object), ...(value as object) }
        : value;
  }
  return merged as unknown as RiskWeights;
}
