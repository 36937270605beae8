package org.symbolon.server.token;

class ApiTokenFlowOnH2Test extends ApiTokenFlowTest {
}
