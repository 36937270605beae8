package org.symbolon.core.notify;

/**
 * Where notices wait to be mailed. The action that caused a notice must not wait for a mail
 * server, nor fail because of one: a notice is a courtesy, the audit event is the record.
 */
public interface SecurityNoticeOutbox {

    /**
     * Takes the notice for sending later. Returns at once and never throws. When called inside a
     * database transaction, the notice is sent only after it commits (and not at all after a
     * rollback), so that nobody is told of a change that did not happen. A notice that cannot be
     * sent is logged (kind and user, never content) and dropped.
     */
    void post(SecurityNotice notice);
}
