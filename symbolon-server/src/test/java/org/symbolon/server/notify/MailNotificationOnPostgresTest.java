package org.symbolon.server.notify;

import org.symbolon.server.testing.OnPostgres;

@OnPostgres
class MailNotificationOnPostgresTest extends MailNotificationTest {
}
