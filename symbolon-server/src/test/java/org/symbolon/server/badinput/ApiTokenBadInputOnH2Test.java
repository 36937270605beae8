package org.symbolon.server.badinput;

class ApiTokenBadInputOnH2Test extends ApiTokenBadInputTest {
}
