import { AuditEvent, AuditVerification } from './AuditLogStore';

/** Which audit events to export. */
export interface AuditEventQuery {
  from?: Date;
  to?: Date;
  entityRef?: string;
  limit: number;
}

/** The chain check plus the signed checkpoints' check. */
export interface AuditLogVerification extends AuditVerification {
  checkpoints: {
    checked: number;
    valid: boolean;
    /** The first checkpoint whose signature or hash does not hold. */
    firstBroken?: { seq: number; reason: string };
  };
}

/** Reading, verifying and checkpointing the governance audit log. */
export interface AuditService {
  /** Events for export, filtered by time and app. */
  listEvents(query: AuditEventQuery): Promise<AuditEvent[]>;
  /** Signs the current tip unless it is signed already; returns its number. */
  checkpoint(): Promise<number | undefined>;
  /** Checks the hash chain and every signed checkpoint. */
  verify(): Promise<AuditLogVerification>;
}
