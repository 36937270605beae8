package org.symbolon.server.factor;

class TotpApiFlowOnH2Test extends TotpApiFlowTest {
}
