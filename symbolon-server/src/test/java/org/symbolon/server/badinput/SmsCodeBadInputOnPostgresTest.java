package org.symbolon.server.badinput;

import org.symbolon.server.testing.OnPostgres;

@OnPostgres
class SmsCodeBadInputOnPostgresTest extends SmsCodeBadInputTest {
}
