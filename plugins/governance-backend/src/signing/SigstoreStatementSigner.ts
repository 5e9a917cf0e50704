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
import { KeyObject, createPublicKey, sign } from 'node:crypto';
import {
  BundleVerification,
  createBundleVerifier,
} from '@guardrails/plugin-governance-node/audit';
import { bundleToJSON } from '@sigstore/bundle';
import { DSSEBundleBuilder } from '@sigstore/sign';
import { publishKey } from './publishKey';
import {
  InTotoStatement,
  PublishedKey,
  SignatureVerification,
  StatementSigner,
} from './Signer';

const IN_TOTO = 'application/vnd.in-toto+json';

/** A key that only verifies: a retired key of the keyring. */
export interface VerificationKey {
  keyId: string;
  publicKey: KeyObject;
}

/**
 * Signs with the active Ed25519 key and verifies with any key of the
 * keyring (the active one and the retired ones), through the Sigstore
 * libraries. A bundle naming a key the keyring does not hold fails.
 */
export class SigstoreStatementSigner implements StatementSigner {
  private readonly publicKey: KeyObject;
  private readonly keys = new Map<string, KeyObject>();
  private readonly verifier: (bundle: unknown) => BundleVerification;

  constructor(
    private readonly privateKey: KeyObject,
    readonly keyId: string,
    private readonly retired: readonly VerificationKey[] = [],
  ) {
    this.publicKey = createPublicKey(privateKey);
    this.keys.set(keyId, this.publicKey);
    for (const key of retired) {
      if (this.keys.has(key.keyId)) {
        throw new Error(`Signing key id "${key.keyId}" is used twice`);
      }
      this.keys.set(key.keyId, key.publicKey);
    }
    // The offline verifier (governance-verify) verifies with the same code.
    this.verifier = createBundleVerifier(hint => this.keys.get(hint));
  }

  async sign(statement: InTotoStatement) {
    const publicKeyPem = this.publicKey
      .export({ type: 'spki', format: 'pem' })
      .toString();
    const builder = new DSSEBundleBuilder({
      witnesses: [],
      signer: {
        sign: async data => ({
          signature: sign(null, data, this.privateKey),
          key: {
            $case: 'publicKey',
            publicKey: publicKeyPem,
            hint: this.keyId,
          },
        }),
      },
    });
    const bundle = await builder.create({
      data: Buffer.from(JSON.stringify(statement)),
      type: IN_TOTO,
    });
    return bundleToJSON(bundle) as unknown as Record<string, unknown>;
  }

  verify(bundleJson: unknown): SignatureVerification {
    return this.verifier(bundleJson);
  }

  publicKeys(): PublishedKey[] {
    return [
      publishKey(this.keyId, this.publicKey, 'active'),
      ...this.retired.map(k => publishKey(k.keyId, k.publicKey, 'retired')),
    ];
  }
}
