package org.symbolon.core.text;

/**
 * Why a value that a person typed was refused. The edge turns it into a form error or a 400
 * answer; the field name tells the person which input to fix.
 */
public final class InputProblem extends RuntimeException {

    /** The kinds of refusal, each with its own message in the web and API layers. */
    public enum Reason { EMPTY, TOO_SHORT, TOO_LONG, MALFORMED, NOT_ALLOWED }

    private final String field;
    private final Reason reason;
    private final int limit;

    public InputProblem(String field, Reason reason, int limit) {
        // No user input in the message: it may be a password.
        super(field + ": " + reason);
        this.field = field;
        this.reason = reason;
        this.limit = limit;
    }

    public InputProblem(String field, Reason reason) {
        this(field, reason, 0);
    }

    public String field() {
        return field;
    }

    public Reason reason() {
        return reason;
    }

    /** The length limit that was broken, for TOO_SHORT and TOO_LONG; 0 otherwise. */
    public int limit() {
        return limit;
    }
}
