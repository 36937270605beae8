package org.symbolon.server.token;

import org.symbolon.server.testing.OnPostgres;

@OnPostgres
class ApiTokenUseOnPostgresTest extends ApiTokenUseTest {
}
