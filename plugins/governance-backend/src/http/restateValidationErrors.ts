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
import { InputError, isError } from '@backstage/errors';
import { ErrorRequestHandler } from 'express';

const LABELS: Record<string, string> = {
  body: 'Request body field',
  query: 'Query parameter',
  params: 'Path parameter',
};

/**
 * Restates a message of the OpenAPI request validator the way parseBody
 * words its own: `request/body/secretScan/findings must be <= 0` becomes
 * `Request body field "secretScan.findings": must be <= 0`. Other messages
 * are returned as they are.
 */
export function restateValidationMessage(message: string): string {
  const empty = /^Empty value found for query parameter '([^']+)'$/.exec(
    message,
  );
  if (empty) return `Query parameter "${empty[1]}": must not be empty`;
  const unknown = /^Unknown query parameter '([^']+)'$/.exec(message);
  if (unknown) return `Query parameter "${unknown[1]}": is not known`;

  const found = /^request\/(body|query|params)(?:\/(\S+))? (.+)$/.exec(message);
  if (!found) return message;
  const [, where, path, rest] = found;
  let field = path?.split('/').join('.');
  let problem = rest;
  const required = /^must have required property '([^']+)'/.exec(rest);
  if (required) {
    field = field ? `${field}.${required[1]}` : required[1];
    problem = 'is required';
  }
  if (!field) return `${LABELS[where].replace(/ field$/, '')}: ${problem}`;
  return `${LABELS[where]} "${field}": ${problem}`;
}

/**
 * Error middleware for the typed router: a 400 from the spec's request
 * validation names its field as the routes' own checks do, so a client sees
 * one style of message whichever check refused the request.
 */
export function restateValidationErrors(): ErrorRequestHandler {
  return (error, _req, _res, next) => {
    if (isError(error) && error.name === 'InputError') {
      const message = restateValidationMessage(error.message);
      if (message !== error.message) {
        next(new InputError(message));
        return;
      }
    }
    next(error);
  };
}
