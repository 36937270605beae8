package org.symbolon.server.badinput;

class SmsCodeBadInputOnH2Test extends SmsCodeBadInputTest {
}
