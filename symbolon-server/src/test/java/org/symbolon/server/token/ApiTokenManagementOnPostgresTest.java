package org.symbolon.server.token;

import org.symbolon.server.testing.OnPostgres;

@OnPostgres
class ApiTokenManagementOnPostgresTest extends ApiTokenManagementTest {
}
