package org.symbolon.server.api;

class SecurityKeyApiFlowOnH2Test extends SecurityKeyApiFlowTest {
}
