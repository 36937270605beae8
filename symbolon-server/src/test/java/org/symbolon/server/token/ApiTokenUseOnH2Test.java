package org.symbolon.server.token;

class ApiTokenUseOnH2Test extends ApiTokenUseTest {
}
