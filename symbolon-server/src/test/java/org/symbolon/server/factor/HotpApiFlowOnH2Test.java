package org.symbolon.server.factor;

class HotpApiFlowOnH2Test extends HotpApiFlowTest {
}
