package org.symbolon.server.badinput;

class AdminApiInvalidValuesOnH2Test extends AdminApiInvalidValuesTest {
}
