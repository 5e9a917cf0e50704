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
import { bundleFromJSON } from '@sigstore/bundle';
import { Verifier, toSignedEntity, toTrustMaterial } from '@sigstore/verify';
import { AuditCheckpointRecord } from './auditCheckpoint';

/**
 * An in-toto Statement v1.
 *
 * @public
 */
export interface SignedStatement {
  _type: 'https://in-toto.io/Statement/v1';
  subject: Array<{ name: string; digest: Record<string, string> }>;
  predicateType: string;
  predicate: Record<string, unknown>;
}

/**
 * The outcome of verifying a signed bundle.
 *
 * @public
 */
export interface BundleVerification {
  valid: boolean;
  /** Why it is not valid. */
  reason?: string;
  /** The key the bundle names (its verification material's hint). */
  keyId?: string;
  /** The signed in-toto statement, when the signature holds. */
  statement?: SignedStatement;
}

/**
 * The key id a Sigstore bundle names, if any.
 *
 * @public
 */
export function bundleKeyId(bundleJson: unknown): string | undefined {
  const hint = (
    bundleJson as {
      verificationMaterial?: { publicKey?: { hint?: unknown } };
    } | null
  )?.verificationMaterial?.publicKey?.hint;
  return typeof hint === 'string' ? hint : undefined;
}

/**
 * Verifies Sigstore bundles (DSSE envelope, in-toto statement) signed with
 * an organisation's own keys, through `@sigstore/verify` with a trust root
 * of public keys only (no transparency log, certificate authority or
 * timestamp authority). The key is found by the bundle's hint; a bundle
 * naming a key `keyFor` does not know fails.
 *
 * @public
 */
export function createBundleVerifier(
  keyFor: (keyId: string) => KeyObject | undefined,
): (bundleJson: unknown) => BundleVerification {
  const trust = toTrustMaterial(
    {
      mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
      tlogs: [],
      certificateAuthorities: [],
      ctlogs: [],
      timestampAuthorities: [],
    } as any,
    hint => {
      const publicKey = keyFor(hint);
      if (!publicKey) throw new Error(`unknown signing key "${hint}"`);
      return { publicKey, validFor: () => true };
    },
  );
  const verifier = new Verifier(trust, {
    tlogThreshold: 0,
    ctlogThreshold: 0,
    timestampThreshold: 0,
  });
  return bundleJson => {
    const keyId = bundleKeyId(bundleJson);
    try {
      verifier.verify(toSignedEntity(bundleFromJSON(bundleJson)));
      const envelope = (bundleJson as { dsseEnvelope: { payload: string } })
        .dsseEnvelope;
      return {
        valid: true,
        keyId,
        statement: JSON.parse(
          Buffer.from(envelope.payload, 'base64').toString('utf8'),
        ),
      };
    } catch (error) {
      return { valid: false, reason: (error as Error).message, keyId };
    }
  };
}

/**
 * Why a checkpoint record does not hold on its own, or undefined: its
 * signature must verify and the signed statement must name the record's
 * event number and hash.
 *
 * @public
 */
export function findCheckpointSignatureBreak(
  checkpoint: AuditCheckpointRecord,
  verification: BundleVerification,
): string | undefined {
  if (!verification.valid) {
    return `its signature does not hold: ${verification.reason}`;
  }
  const predicate = verification.statement?.predicate as
    | { seq?: unknown; hash?: unknown }
    | undefined;
  if (
    predicate?.seq !== checkpoint.seq ||
    predicate?.hash !== checkpoint.hash
  ) {
    return 'its event number or hash differs from the statement it signed';
  }
  return undefined;
}
