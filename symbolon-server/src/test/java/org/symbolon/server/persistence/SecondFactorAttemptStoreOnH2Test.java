package org.symbolon.server.persistence;

class SecondFactorAttemptStoreOnH2Test extends SecondFactorAttemptStoreTest {
}
