package org.symbolon.server.persistence;

class TotpCredentialStoreOnH2Test extends TotpCredentialStoreTest {
}
