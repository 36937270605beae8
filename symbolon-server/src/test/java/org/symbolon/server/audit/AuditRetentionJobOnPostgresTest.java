package org.symbolon.server.audit;

import org.symbolon.server.testing.OnPostgres;

@OnPostgres
class AuditRetentionJobOnPostgresTest extends AuditRetentionJobTest {
}
