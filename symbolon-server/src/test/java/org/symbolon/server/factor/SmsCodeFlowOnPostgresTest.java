package org.symbolon.server.factor;

import org.symbolon.server.testing.OnPostgres;

@OnPostgres
class SmsCodeFlowOnPostgresTest extends SmsCodeFlowTest {
}
