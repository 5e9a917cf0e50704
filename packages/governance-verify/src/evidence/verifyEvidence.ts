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
import fs from 'node:fs/promises';
import {
  BundleVerification,
  SignedStatement,
} from '@guardrails/plugin-governance-node/audit';
import { UsageError } from '../UsageError';

/** What verify-evidence found. */
export interface EvidenceVerification {
  valid: boolean;
  reason?: string;
  keyId?: string;
  /** active or retired, as the keys file says. */
  keyStatus?: string;
  statement?: SignedStatement;
}

/**
 * Verifies an evidence bundle as `GET /api/governance/evidence/{id}`
 * serves it: a Sigstore bundle whose DSSE envelope holds an in-toto
 * statement, signed by a key of the keys file (the active one or a retired
 * one).
 */
export async function verifyEvidence(options: {
  file: string;
  verify: (bundle: unknown) => BundleVerification;
  keyStatus: (keyId: string) => string | undefined;
}): Promise<EvidenceVerification> {
  let text: string;
  try {
    text = await fs.readFile(options.file, 'utf8');
  } catch (error) {
    throw new UsageError(`Cannot read the bundle ${options.file}: ${error}`);
  }
  let bundle: unknown;
  try {
    bundle = JSON.parse(text);
  } catch {
    return { valid: false, reason: `${options.file} is not JSON` };
  }
  const result = options.verify(bundle);
  if (!result.valid) {
    return { valid: false, reason: result.reason, keyId: result.keyId };
  }
  const statement = result.statement;
  if (
    statement?._type !== 'https://in-toto.io/Statement/v1' ||
    !Array.isArray(statement.subject)
  ) {
    return {
      valid: false,
      reason: 'the signed payload is not an in-toto Statement v1',
      keyId: result.keyId,
    };
  }
  return {
    valid: true,
    keyId: result.keyId,
    keyStatus: result.keyId ? options.keyStatus(result.keyId) : undefined,
    statement,
  };
}
