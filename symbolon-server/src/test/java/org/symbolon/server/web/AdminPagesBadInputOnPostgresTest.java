package org.symbolon.server.web;

import org.symbolon.server.testing.OnPostgres;

@OnPostgres
class AdminPagesBadInputOnPostgresTest extends AdminPagesBadInputTest {
}
