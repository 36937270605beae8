package org.symbolon.server.persistence;

import org.symbolon.server.testing.OnPostgres;

@OnPostgres
class ApiTokenStoreOnPostgresTest extends ApiTokenStoreTest {
}
