package org.symbolon.server.persistence;

class SecurityEventLogOnH2Test extends SecurityEventLogTest {
}
