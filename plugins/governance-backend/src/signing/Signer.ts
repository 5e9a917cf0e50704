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
/** The outcome of verifying a signed bundle. */
export interface SignatureVerification {
  valid: boolean;
  /** Why it is not valid. */
  reason?: string;
  keyId?: string;
  /** The signed in-toto statement, when the signature holds. */
  statement?: InTotoStatement;
}

/** An in-toto Statement v1. */
export interface InTotoStatement {
  _type: 'https://in-toto.io/Statement/v1';
  subject: Array<{ name: string; digest: Record<string, string> }>;
  predicateType: string;
  predicate: Record<string, unknown>;
}

/**
 * Signs in-toto statements into DSSE envelopes in the Sigstore bundle
 * format, with the organisation's own key (no transparency log: keyless
 * signing needs the internet).
 */
export interface StatementSigner {
  keyId: string;
  /** Returns the Sigstore bundle as JSON. */
  sign(statement: InTotoStatement): Promise<Record<string, unknown>>;
  verify(bundle: unknown): SignatureVerification;
}
