package org.symbolon.server.factor;

class SmsCodeFlowOnH2Test extends SmsCodeFlowTest {
}
