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
/**
 * The audit chain's primitives, shared by the governance backend and the
 * offline verifier (`@guardrails/governance-verify`): the event hash, the
 * chain check, checkpoints and their witness files, the export format and
 * the Sigstore bundle verifier.
 *
 * @packageDocumentation
 */

export {
  AUDIT_GENESIS_HASH,
  findAuditChainBreak,
  hashAuditEvent,
} from './auditChain';
export type { ChainedAuditEvent, HashedAuditEventFields } from './auditChain';
export {
  AUDIT_CHECKPOINT_PREDICATE_TYPE,
  auditCheckpointStatement,
  auditWitnessFiles,
} from './auditCheckpoint';
export type { AuditCheckpointRecord } from './auditCheckpoint';
export { AUDIT_EXPORT_FORMAT } from './auditExport';
export type { AuditExportLine } from './auditExport';
export {
  bundleKeyId,
  createBundleVerifier,
  findCheckpointSignatureBreak,
} from './createBundleVerifier';
export type {
  BundleVerification,
  SignedStatement,
} from './createBundleVerifier';
