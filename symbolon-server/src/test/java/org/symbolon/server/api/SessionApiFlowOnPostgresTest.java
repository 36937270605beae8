package org.symbolon.server.api;

import org.symbolon.server.testing.OnPostgres;

@OnPostgres
class SessionApiFlowOnPostgresTest extends SessionApiFlowTest {
}
