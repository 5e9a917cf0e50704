export interface Config {
  /** Settings of the Guardrails governance plugin. */
  governance?: {
    risk?: {
      /**
       * Points each profile value adds to the 0-10 risk score. Any key left
       * out keeps its default (see DEFAULT_RISK_WEIGHTS in
       * @guardrails/plugin-governance-common).
       */
      weights?: {
        /** Points per data classification: public, internal, confidential, restricted, regulated. Defaults 0, 1, 2, 3, 4. */
        dataClassification?: { [classification: string]: number };
        /** Points added for the most sensitive data type (pii, phi, financial, payment-card, credentials, corporate-intel, customer-data, employee-data). */
        dataTypes?: { [dataType: string]: number };
        /** Points per access scope: personal, team, cross-team, org-wide. Defaults 0, 0, 1, 2. */
        accessScope?: { [scope: string]: number };
        /** Points for the highest integration access: read, write, admin. Defaults 0, 1, 2. */
        integrationAccess?: { [access: string]: number };
        /** Points added once when any integration is not an approved connector. Default 1. */
        unapprovedConnector?: number;
        /** Points per execution environment: client-only, serverless, vendor-hosted, container, company-cloud. Defaults 0, 0, 1, 1, 1. */
        executionEnvironment?: { [environment: string]: number };
        /** Points per operational criticality: toy, productivity, sla-critical. Defaults 0, 1, 2. */
        operationalCriticality?: { [criticality: string]: number };
        /** Highest points one dimension may add: dataSensitivity 4, accessScope 2, integrationType 2, executionEnvironment 1, operationalCriticality 2. */
        dimensionCaps?: { [dimension: string]: number };
      };
    };
    /** Per approval tier settings. */
    tiers?: {
      [tier in 'tier0' | 'tier1' | 'tier2' | 'tier3']?: {
        /** Days between owner attestations. Defaults: tier0 180, tier1 90, tier2 90, tier3 30. */
        attestationCadenceDays?: number;
      };
    };
  };
}
