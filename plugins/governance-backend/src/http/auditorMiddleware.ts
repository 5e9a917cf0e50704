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
