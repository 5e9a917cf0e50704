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
  BackstageCredentials,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import {
  ApprovalRequest,
  PolicyException,
  ReviewerRole,
} from '@guardrails/plugin-governance-common';
import { AppRegistryStore } from '../appRegistry/AppRegistryStore';

/** Who is calling: their user ref and every ref they own through. */
export interface Caller {
  userRef: string;
  /** The user's own ref and their groups (userInfo ownership refs). */
  claims: string[];
}

/** Options of {@link SeparationOfDuties}. */
export interface SeparationOfDutiesOptions {
  /** `governance.separationOfDuties.enabled`; nothing is refused when false. */
  enabled: boolean;
  userInfo: UserInfoService;
  appRegistry: AppRegistryStore;
}

/**
 * The separation-of-duties rules, in one place: owners (the user or a
 * member of the owning group) never decide their own app's approval or
 * exception; one person fills at most one role on an approval request; the
 * requester of an exception never decides it. Each check answers the reason
 * a person may not act, or undefined.
 */
export class SeparationOfDuties {
  constructor(private readonly options: SeparationOfDutiesOptions) {}

  get enabled(): boolean {
    return this.options.enabled;
  }

  async callerOf(credentials: BackstageCredentials): Promise<Caller> {
    const info = await this.options.userInfo.getUserInfo(credentials);
    return { userRef: info.userEntityRef, claims: info.ownershipEntityRefs };
  }

  /** Why the caller may not decide on the app as one of its owners. */
  async ownerConflict(
    entityRef: string,
    caller: Caller,
  ): Promise<string | undefined> {
    if (!this.options.enabled) return undefined;
    const ownerRef = (await this.options.appRegistry.getApp(entityRef))
      ?.ownerRef;
    if (!ownerRef || !caller.claims.includes(ownerRef)) return undefined;
    const how =
      ownerRef === caller.userRef
        ? caller.userRef
        : `${ownerRef}, which ${caller.userRef} belongs to`;
    return `${entityRef} is owned by ${how}; owners do not decide on their own app (separation of duties)`;
  }

  /** Why the caller may not decide `role` on an approval request. */
  async approvalConflict(
    request: ApprovalRequest,
    role: ReviewerRole | undefined,
    caller: Caller,
  ): Promise<string | undefined> {
    if (!this.options.enabled) return undefined;
    const owner = await this.ownerConflict(request.entityRef, caller);
    if (owner) return owner;
    const earlier = request.decisions.find(
      d => d.decidedBy === caller.userRef && d.role !== role,
    );
    if (earlier) {
      return `${caller.userRef} already decided on this request as ${earlier.role}; one person fills at most one role on a request (separation of duties)`;
    }
    return undefined;
  }

  /** Why the caller may not decide on an exception request. */
  async exceptionConflict(
    exception: PolicyException,
    caller: Caller,
  ): Promise<string | undefined> {
    if (!this.options.enabled) return undefined;
    if (exception.requestedBy === caller.userRef) {
      return `${caller.userRef} requested this exception; its requester does not decide it (separation of duties)`;
    }
    return this.ownerConflict(exception.entityRef, caller);
  }
}
