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
import { Config } from '@backstage/config';
import {
  REVIEWER_ROLES,
  ReviewerRole,
} from '@guardrails/plugin-governance-common';

/** Governance roles, beyond the reviewer roles of the approval tiers. @public */
export type GovernanceRole = ReviewerRole | 'admin' | 'auditor';

/** Which users and groups (entity refs) hold each role. @public */
export type GovernanceRoles = Record<GovernanceRole, string[]>;

const CONFIG_KEYS: Record<GovernanceRole, string> = {
  admin: 'admins',
  auditor: 'auditors',
  'team-lead': 'teamLeads',
  security: 'security',
  privacy: 'privacy',
  platform: 'platform',
  executive: 'executive',
  legal: 'legal',
};

/**
 * Reads `governance.roles` from app-config: lists of user or group entity
 * refs per role, e.g. `admins: [group:default/platform-team]`.
 *
 * @public
 */
export function readGovernanceRoles(config: Config): GovernanceRoles {
  const roles = config.getOptionalConfig('governance.roles');
  const result = {} as GovernanceRoles;
  for (const role of [
    'admin',
    'auditor',
    ...REVIEWER_ROLES,
  ] as GovernanceRole[]) {
    result[role] = (roles?.getOptionalStringArray(CONFIG_KEYS[role]) ?? []).map(
      ref => ref.toLocaleLowerCase('en-US'),
    );
  }
  return result;
}

/**
 * The roles a user holds, given the entity refs they claim (their user ref
 * and their groups).
 *
 * @public
 */
export function rolesOf(
  roles: GovernanceRoles,
  claims: string[],
): Set<GovernanceRole> {
  const owned = new Set(claims.map(c => c.toLocaleLowerCase('en-US')));
  return new Set(
    (Object.keys(roles) as GovernanceRole[]).filter(role =>
      roles[role].some(ref => owned.has(ref)),
    ),
  );
}
