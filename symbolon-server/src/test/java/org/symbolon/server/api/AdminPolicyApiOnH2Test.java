package org.symbolon.server.api;

class AdminPolicyApiOnH2Test extends AdminPolicyApiTest {
}
