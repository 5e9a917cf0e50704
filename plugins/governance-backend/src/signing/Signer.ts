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
  BundleVerification,
  SignedStatement,
} from '@guardrails/plugin-governance-node/audit';

/** The outcome of verifying a signed bundle. */
export type SignatureVerification = BundleVerification;

/** An in-toto Statement v1. */
export type InTotoStatement = SignedStatement;

/** A public key of the keyring, as `GET /keys` publishes it. */
export interface PublishedKey {
  keyId: string;
  /** active signs; retired keys only verify what they signed before. */
  status: 'active' | 'retired';
  algorithm: 'Ed25519';
  /** SubjectPublicKeyInfo in PEM. */
  publicKeyPem: string;
  /** The same key as an RFC 8037 JSON Web Key. */
  jwk: {
    kty: 'OKP';
    crv: 'Ed25519';
    x: string;
    kid: string;
    use: 'sig';
    alg: 'EdDSA';
  };
}

/**
 * Signs in-toto statements into DSSE envelopes in the Sigstore bundle
 * format, with the organisation's own keys (no transparency log: keyless
 * signing needs the internet). The active key signs; every key of the
 * keyring, retired ones included, verifies; each bundle names its key id.
 */
export interface StatementSigner {
  /** The active key's id. */
  keyId: string;
  /** Returns the Sigstore bundle as JSON. */
  sign(statement: InTotoStatement): Promise<Record<string, unknown>>;
  verify(bundle: unknown): SignatureVerification;
  /** The public keys: the active one first, then the retired ones. */
  publicKeys(): PublishedKey[];
}
