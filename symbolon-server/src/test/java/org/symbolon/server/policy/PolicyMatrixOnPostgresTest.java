package org.symbolon.server.policy;

import org.symbolon.server.testing.OnPostgres;

@OnPostgres
class PolicyMatrixOnPostgresTest extends PolicyMatrixTest {
}
