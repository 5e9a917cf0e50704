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
import { UserInfoService } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { NotAllowedError } from '@backstage/errors';
import { ownerRefOf } from '../posture/evaluateEntity';
import { RegistrationCaller } from './RegistrationService';

/**
 * Refuses a user who may not own the app: its owner must be the user or
 * one of their groups. What the scaffolder may do for a user is what the
 * user may do with the app they create. An app's CI token needs no more:
 * the route has already bound it to the app.
 */
export async function assertMayOwnApp(
  entity: Entity,
  entityRef: string,
  { credentials, actor, via }: RegistrationCaller,
  userInfo: UserInfoService,
): Promise<void> {
  if (via !== 'scaffolder') {
    return;
  }
  const ownerRef = ownerRefOf(entity);
  const { ownershipEntityRefs } = await userInfo.getUserInfo(credentials);
  if (!ownerRef || !ownershipEntityRefs.includes(ownerRef)) {
    throw new NotAllowedError(
      `${actor} may not register ${entityRef}: its owner ${
        ownerRef ?? '(none)'
      } is not the user or one of their groups`,
    );
  }
}
