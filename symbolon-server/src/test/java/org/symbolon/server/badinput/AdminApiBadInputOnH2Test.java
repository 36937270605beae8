package org.symbolon.server.badinput;

class AdminApiBadInputOnH2Test extends AdminApiBadInputTest {
}
