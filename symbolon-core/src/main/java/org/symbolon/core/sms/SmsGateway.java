package org.symbolon.core.sms;

/** Hands a text message to whatever delivers it (an HTTP gateway). */
public interface SmsGateway {

    /**
     * Sends now, and waits for the gateway's answer within its timeouts. Never throws for a
     * gateway's failure; logs it in full for the administrator, without the text (it holds a code).
     */
    SmsDelivery send(PhoneNumber to, String text);
}
