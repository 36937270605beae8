package org.symbolon.server.web;

class AdminPagesBadInputOnH2Test extends AdminPagesBadInputTest {
}
