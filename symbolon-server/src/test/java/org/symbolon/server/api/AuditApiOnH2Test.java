package org.symbolon.server.api;

class AuditApiOnH2Test extends AuditApiTest {
}
