package uk.facilitate.verification;

/** Where a self-entered record stands with the managers who check it. */
public enum Verification { PENDING, VERIFIED, REJECTED }
