package org.symbolon.server.notify;

class MailNotificationOnH2Test extends MailNotificationTest {
}
