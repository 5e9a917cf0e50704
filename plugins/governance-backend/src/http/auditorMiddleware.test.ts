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
import { mockServices } from '@backstage/backend-test-utils';
import express from 'express';
import request from 'supertest';
import { auditorMiddleware } from './auditorMiddleware';

describe('auditorMiddleware', () => {
  const success = jest.fn();
  const fail = jest.fn();
  const auditor = mockServices.auditor.mock({
    createEvent: jest.fn(async () => ({ success, fail })),
  });
  const app = express();
  app.use(auditorMiddleware(auditor));
  app.get('/posture', (_req, res) => res.json({}));
  app.post('/exceptions', (_req, res) => res.status(201).json({}));
  app.post('/approvals/x/decisions', (_req, res) => res.status(409).json({}));

  beforeEach(() => jest.clearAllMocks());

  it('records changes with their outcome, and leaves reads alone', async () => {
    await request(app).get('/posture');
    expect(auditor.createEvent).not.toHaveBeenCalled();

    await request(app).post('/exceptions');
    expect(auditor.createEvent).toHaveBeenCalledWith(
      expect.objectContaining({
        eventId: 'governance-change',
        severityLevel: 'medium',
        meta: { method: 'POST', route: '/exceptions' },
      }),
    );
    expect(success).toHaveBeenCalledWith({ meta: { status: 201 } });

    await request(app).post('/approvals/x/decisions');
    expect(fail).toHaveBeenCalledWith(
      expect.objectContaining({ meta: { status: 409 } }),
    );
  });
});
