package org.symbolon.server.persistence;

class ApiTokenStoreOnH2Test extends ApiTokenStoreTest {
}
