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
import { RootConfigService } from '@backstage/backend-plugin-api';
import {
  AuthorizeResult,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import {
  PermissionPolicy,
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';
import {
  GovernanceRoles,
  readGovernanceRoles,
} from '@guardrails/plugin-governance-node';
import { GovernancePermissionDecider } from './GovernancePermissionDecider';

/**
 * Options of {@link GovernancePermissionPolicy}.
 *
 * @public
 */
export interface GovernancePermissionPolicyOptions {
  /**
   * The app's own policy, which decides every permission that is not a
   * `governance.*` one. Without it those are allowed, as in a default install.
   */
  fallback?: PermissionPolicy;
}

/**
 * A complete permission policy: Guardrails decides the `governance.*`
 * permissions ({@link GovernancePermissionDecider}) and the `fallback` policy
 * decides the rest (allow when there is none). Use it to wrap an existing
 * policy: `new GovernancePermissionPolicy(roles, { fallback: myPolicy })`.
 *
 * @public
 */
export class GovernancePermissionPolicy implements PermissionPolicy {
  /** Reads who holds each role from `governance.roles` in app-config. */
  static fromConfig(
    config: RootConfigService,
    options?: GovernancePermissionPolicyOptions,
  ): GovernancePermissionPolicy {
    return new GovernancePermissionPolicy(readGovernanceRoles(config), options);
  }

  private readonly decider: GovernancePermissionDecider;
  private readonly fallback?: PermissionPolicy;

  constructor(
    roles: GovernanceRoles,
    options?: GovernancePermissionPolicyOptions,
  ) {
    this.decider = new GovernancePermissionDecider(roles);
    this.fallback = options?.fallback;
  }

  /** Guardrails' decision for `governance.*`, the fallback's for the rest. */
  async handle(
    request: PolicyQuery,
    user?: PolicyQueryUser,
  ): Promise<PolicyDecision> {
    const decision = await this.decider.decide(request, user);
    if (decision) return decision;
    if (this.fallback) return this.fallback.handle(request, user);
    return { result: AuthorizeResult.ALLOW };
  }
}
