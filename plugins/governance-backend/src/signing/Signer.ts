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
