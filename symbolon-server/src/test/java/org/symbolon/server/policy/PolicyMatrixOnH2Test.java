package org.symbolon.server.policy;

class PolicyMatrixOnH2Test extends PolicyMatrixTest {
}
