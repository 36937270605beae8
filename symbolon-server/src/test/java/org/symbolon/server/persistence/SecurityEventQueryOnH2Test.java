package org.symbolon.server.persistence;

class SecurityEventQueryOnH2Test extends SecurityEventQueryTest {
}
