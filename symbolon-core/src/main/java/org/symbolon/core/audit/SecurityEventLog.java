package org.symbolon.core.audit;

/** The append-only audit log. */
public interface SecurityEventLog {

    /** Appends the event. Writes; never updates or deletes. */
    void record(SecurityEvent event);
}
