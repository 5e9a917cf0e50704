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
import { KeyObject } from 'node:crypto';
import { PublishedKey } from './Signer';

/** A public key as PEM and as a JWK, under its key id. */
export function publishKey(
  keyId: string,
  publicKey: KeyObject,
  status: PublishedKey['status'],
): PublishedKey {
  const { x } = publicKey.export({ format: 'jwk' });
  return {
    keyId,
    status,
    algorithm: 'Ed25519',
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    jwk: {
      kty: 'OKP',
      crv: 'Ed25519',
      x: x!,
      kid: keyId,
      use: 'sig',
      alg: 'EdDSA',
    },
  };
}
