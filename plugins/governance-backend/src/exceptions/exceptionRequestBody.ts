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
import { entityRefField } from '../http/entityRefField';

/**
 * A request for an exception, as POST /exceptions and the
 * `request-policy-exception` action take it; `maxDays` is
 * `governance.exceptions.maxDays`.
 */
export const exceptionRequestBody = (maxDays: number) =>
  z.object({
    entityRef: entityRefField,
    packId: z.string().min(1),
    ruleId: z.string().min(1),
    justification: z
      .string()
      .trim()
      .min(
        20,
        'must explain in at least 20 characters why the rule cannot be met',
      ),
    compensatingControls: z
      .string()
      .trim()
      .min(1, 'must say what reduces the risk meanwhile'),
    requestedDays: z.number().int().min(1).max(maxDays),
  });
