package org.symbolon.server.factor;

class EmailCodeFlowOnH2Test extends EmailCodeFlowTest {
}
