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
import { AuditorService } from '@backstage/backend-plugin-api';
import { NextFunction, Request, Response } from 'express';

/**
 * Emits a Backstage auditor event for every change request to the governance
 * API (alongside the governance audit log, which records the decisions
 * themselves): the route, who called and whether it succeeded.
 */
export function auditorMiddleware(auditor: AuditorService) {
  return async (req: Request, res: Response, next: NextFunction) => {
    if (req.method === 'GET' || req.method === 'HEAD') {
      next();
      return;
    }
    const event = await auditor.createEvent({
      eventId: 'governance-change',
      severityLevel: 'medium',
      request: req,
      meta: { method: req.method, route: req.path },
    });
    res.on('finish', () => {
      const meta = { status: res.statusCode };
      if (res.statusCode < 400) {
        event.success({ meta });
      } else {
        event.fail({ meta, error: new Error(`Responded ${res.statusCode}`) });
      }
    });
    next();
  };
}
