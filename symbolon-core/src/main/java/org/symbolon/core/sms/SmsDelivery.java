package org.symbolon.core.sms;

/** What the gateway said. */
public sealed interface SmsDelivery {

    record Accepted() implements SmsDelivery {
    }

    /** @param reason for the audit log: a status or the kind of failure, never the message or a secret */
    record Failed(String reason) implements SmsDelivery {
    }
}
