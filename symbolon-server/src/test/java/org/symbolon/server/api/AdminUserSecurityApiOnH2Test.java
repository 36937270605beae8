package org.symbolon.server.api;

class AdminUserSecurityApiOnH2Test extends AdminUserSecurityApiTest {
}
