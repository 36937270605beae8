package org.symbolon.server.api;

import org.symbolon.server.testing.OnPostgres;

@OnPostgres
class AuditApiOnPostgresTest extends AuditApiTest {
}
