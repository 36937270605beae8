package org.symbolon.server.factor;

import org.symbolon.server.testing.OnPostgres;

@OnPostgres
class EmailCodeFlowOnPostgresTest extends EmailCodeFlowTest {
}
