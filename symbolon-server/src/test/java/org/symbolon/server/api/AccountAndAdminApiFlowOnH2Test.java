package org.symbolon.server.api;

class AccountAndAdminApiFlowOnH2Test extends AccountAndAdminApiFlowTest {
}
