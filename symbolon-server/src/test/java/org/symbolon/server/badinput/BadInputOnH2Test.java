package org.symbolon.server.badinput;

class BadInputOnH2Test extends BadInputTest {
}
