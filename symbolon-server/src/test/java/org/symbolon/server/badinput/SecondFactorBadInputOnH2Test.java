package org.symbolon.server.badinput;

class SecondFactorBadInputOnH2Test extends SecondFactorBadInputTest {
}
