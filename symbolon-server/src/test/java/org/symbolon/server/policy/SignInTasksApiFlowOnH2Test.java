package org.symbolon.server.policy;

class SignInTasksApiFlowOnH2Test extends SignInTasksApiFlowTest {
}
