package org.symbolon.server.api;

class AdminGroupsApiOnH2Test extends AdminGroupsApiTest {
}
