package org.symbolon.server.badinput;

class EmailCodeBadInputOnH2Test extends EmailCodeBadInputTest {
}
