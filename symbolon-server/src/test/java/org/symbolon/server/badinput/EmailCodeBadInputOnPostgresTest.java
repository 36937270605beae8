package org.symbolon.server.badinput;

import org.symbolon.server.testing.OnPostgres;

@OnPostgres
class EmailCodeBadInputOnPostgresTest extends EmailCodeBadInputTest {
}
