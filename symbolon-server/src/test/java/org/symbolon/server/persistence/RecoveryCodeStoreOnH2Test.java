package org.symbolon.server.persistence;

class RecoveryCodeStoreOnH2Test extends RecoveryCodeStoreTest {
}
