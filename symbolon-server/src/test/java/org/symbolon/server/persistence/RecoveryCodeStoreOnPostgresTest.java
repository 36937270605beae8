package org.symbolon.server.persistence;

import org.symbolon.server.testing.OnPostgres;

@OnPostgres
class RecoveryCodeStoreOnPostgresTest extends RecoveryCodeStoreTest {
}
