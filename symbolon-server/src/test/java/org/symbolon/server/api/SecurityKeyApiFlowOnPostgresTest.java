package org.symbolon.server.api;

import org.symbolon.server.testing.OnPostgres;

@OnPostgres
class SecurityKeyApiFlowOnPostgresTest extends SecurityKeyApiFlowTest {
}
