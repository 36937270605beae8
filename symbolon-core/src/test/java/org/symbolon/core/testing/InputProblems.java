package org.symbolon.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.symbolon.core.text.InputProblem;

public final class InputProblems {

    private InputProblems() {
    }

    /** The problem that the code throws; fails the test when it throws none. */
    public static InputProblem refusalOf(ThrowingCallable code) {
        InputProblem problem = catchThrowableOfType(InputProblem.class, code);
        assertThat(problem).as("expected an InputProblem").isNotNull();
        return problem;
    }
}
