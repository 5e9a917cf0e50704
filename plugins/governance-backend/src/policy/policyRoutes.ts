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
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import {
  ENFORCEMENT_STAGES,
  governancePolicyDryRunPermission,
} from '@guardrails/plugin-governance-common';
import { ApiRouter } from '../schema/openapi';
import { z } from 'zod/v4';
import { parseBody } from '../http/parseBody';
import { requirePermission } from '../http/requirePermission';
import { PolicyService } from './PolicyService';

const evaluateBody = z.object({
  profile: z.record(z.string(), z.unknown(), {
    error: 'must be an object holding a governance profile',
  }),
  entity: z
    .object({
      apiVersion: z.string(),
      kind: z.string(),
      metadata: z.object({ name: z.string() }).loose(),
      spec: z.record(z.string(), z.unknown()).optional(),
    })
    .loose()
    .optional(),
});

const dryRunBody = z
  .object({
    pack: z.string().min(1).max(1_000_000).optional(),
    stageOverrides: z
      .array(
        z.object({
          packId: z.string().min(1),
          ruleId: z.string().min(1),
          stage: z.enum(ENFORCEMENT_STAGES),
        }),
      )
      .max(500)
      .optional(),
  })
  .refine(b => b.pack !== undefined || (b.stageOverrides?.length ?? 0) > 0, {
    message: 'give a candidate "pack" (YAML text) or "stageOverrides"',
  });

/** Adds the policy routes (packs, evaluation, dry runs) to the typed router. */
export function addPolicyRoutes(
  router: ApiRouter,
  options: {
    httpAuth: HttpAuthService;
    permissions: PermissionsService;
    policy: PolicyService;
  },
) {
  const { httpAuth, permissions, policy } = options;

  // Risk and policy findings of a profile not (yet) in the catalog: the
  // template form's preview and the scaffolder use it.
  router.post('/profiles/evaluate', async (req, res) => {
    await httpAuth.credentials(req, { allow: ['user', 'service'] });
    const body = parseBody(evaluateBody, req.body);
    res.json(await policy.evaluateProfile(body.profile, body.entity as any));
  });

  router.get('/policies', async (req, res) => {
    await httpAuth.credentials(req, { allow: ['user', 'service'] });
    res.json({ packs: policy.listPacks() });
  });

  // A human decision: users only (the permission framework would allow any
  // service token).
  router.post('/policies/dry-run', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    await requirePermission(
      permissions,
      credentials,
      { permission: governancePolicyDryRunPermission },
      'Only governance admins may run policy dry runs',
    );
    const body = parseBody(dryRunBody, req.body);
    res.json(
      await policy.dryRun(
        { packYaml: body.pack, stageOverrides: body.stageOverrides },
        { credentials },
      ),
    );
  });
}
