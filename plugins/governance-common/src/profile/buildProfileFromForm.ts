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
/**
 * The answers of a Guardrails template form, by the parameter names the
 * pre-approved templates share (see README, "Writing a governed template").
 *
 * @public
 */
export interface TemplateFormValues {
  purpose?: string;
  businessUnit?: string;
  supportContact?: string;
  dataClassification?: string;
  dataTypes?: string[];
  accessScope?: string;
  integrationTarget?: string;
  integrationAccess?: string;
  requestedScopes?: string[];
  region?: string;
  costProfile?: string;
  monthlyBudget?: number;
  retirementDate?: string;
  [parameter: string]: unknown;
}

/**
 * What a template fixes rather than asks: profile fields such as
 * executionEnvironment, and the kind of its one integration.
 *
 * @public
 */
export interface TemplateProfileDefaults {
  integration?: { type?: string; approvedConnector?: boolean; owned?: boolean };
  [profileField: string]: unknown;
}

const withoutUndefined = (value: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));

/**
 * Builds the governance profile a template will write into the new app's
 * catalog-info.yaml from the form's answers and the template's fixed
 * values. The template form's live preview evaluates this profile; the
 * skeleton writes the same fields.
 *
 * @public
 */
export function buildProfileFromForm(
  values: TemplateFormValues,
  defaults: TemplateProfileDefaults = {},
): Record<string, unknown> {
  const { integration, ...fixed } = defaults;
  return withoutUndefined({
    ...fixed,
    supportContact: values.supportContact,
    businessUnit: values.businessUnit,
    purpose: values.purpose,
    dataClassification: values.dataClassification,
    dataTypes: values.dataTypes ?? [],
    accessScope: values.accessScope,
    integrations: values.integrationTarget
      ? [
          withoutUndefined({
            target: values.integrationTarget,
            access: values.integrationAccess ?? 'read',
            approvedConnector: integration?.approvedConnector ?? true,
            type: integration?.type,
            owned: integration?.owned,
            scopes: values.requestedScopes ?? [],
          }),
        ]
      : [],
    requestedScopes: values.requestedScopes ?? [],
    allowedRegions: values.region ? [values.region] : undefined,
    cost:
      values.costProfile !== undefined
        ? withoutUndefined({
            profile: values.costProfile,
            monthlyBudget: values.monthlyBudget ?? 0,
          })
        : undefined,
    retirementDate: values.retirementDate || undefined,
  });
}
