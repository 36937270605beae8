package org.symbolon.server.api;

class SessionApiFlowOnH2Test extends SessionApiFlowTest {
}
