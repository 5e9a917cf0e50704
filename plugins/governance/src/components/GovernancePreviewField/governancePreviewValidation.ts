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
import { FieldValidation } from '@rjsf/utils';

/**
 * What the preview field stores as its value: the outcome, not the profile.
 *
 * @public
 */
export interface GovernancePreviewValue {
  /** The approval tier the answers lead to. */
  tier: number;
  /** The risk level the score falls in, e.g. `medium`. */
  riskLevel: string;
  /** The risk score of the answers. */
  score: number;
  /** Deny findings; the form cannot go on while there are any. */
  blocking: number;
}

/**
 * Stops the form while the preview has not evaluated the answers or has
 * found blocking (deny) policy findings; the field shows the remediation.
 */
export function governancePreviewValidation(
  value: GovernancePreviewValue | undefined,
  validation: FieldValidation,
) {
  if (!value) {
    validation.addError(
      'Answer the questions above so the risk tier and policies can be checked',
    );
  } else if (value.blocking > 0) {
    validation.addError(
      `${value.blocking} blocking policy finding(s): change your answers as the remediation says`,
    );
  }
}
