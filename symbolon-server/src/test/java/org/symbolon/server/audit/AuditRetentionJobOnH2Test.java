package org.symbolon.server.audit;

class AuditRetentionJobOnH2Test extends AuditRetentionJobTest {
}
