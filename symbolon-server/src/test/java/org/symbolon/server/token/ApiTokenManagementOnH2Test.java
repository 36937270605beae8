package org.symbolon.server.token;

class ApiTokenManagementOnH2Test extends ApiTokenManagementTest {
}
