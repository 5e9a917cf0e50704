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
import { KeyObject, createPublicKey } from 'node:crypto';
import fs from 'node:fs/promises';
import { UsageError } from '../UsageError';

/** A public key of the keys file, by the id bundles name it with. */
export interface VerificationKey {
  keyId: string;
  status?: string;
  publicKey: KeyObject;
}

/**
 * Reads the keys file: the answer of `GET /api/governance/keys` saved as is
 * (`{ keys: [{ keyId, status, publicKeyPem, jwk }] }`), or its `keys` array.
 * Each key from its PEM, or from its JWK when there is no PEM.
 */
export async function readKeys(file: string): Promise<VerificationKey[]> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    throw new UsageError(`Cannot read the keys file ${file}: ${error}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`The keys file ${file} is not JSON: ${error}`);
  }
  const list = Array.isArray(parsed)
    ? parsed
    : (parsed as { keys?: unknown } | null)?.keys;
  if (!Array.isArray(list) || list.length === 0) {
    throw new UsageError(
      `The keys file ${file} has no keys: save the answer of GET /api/governance/keys`,
    );
  }
  return list.map((entry, index) => {
    const key = entry as {
      keyId?: unknown;
      status?: unknown;
      publicKeyPem?: unknown;
      jwk?: Record<string, unknown>;
    };
    const keyId = key?.keyId ?? key?.jwk?.kid;
    if (typeof keyId !== 'string' || keyId === '') {
      throw new UsageError(`Key ${index + 1} of ${file} has no keyId`);
    }
    try {
      const publicKey =
        typeof key.publicKeyPem === 'string'
          ? createPublicKey(key.publicKeyPem)
          : createPublicKey({ key: key.jwk as any, format: 'jwk' });
      return {
        keyId,
        status: typeof key.status === 'string' ? key.status : undefined,
        publicKey,
      };
    } catch (error) {
      throw new UsageError(
        `Key "${keyId}" of ${file} is not a public key: ${error}`,
      );
    }
  });
}
