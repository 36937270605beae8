package org.symbolon.core.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.symbolon.core.text.InputProblem;

class GroupNameTest {

    @ParameterizedTest
    @ValueSource(strings = {"staff", "Site Reliability", "ops-berlin_2", "Bühne", "v1.2"})
    void lettersDigitsSpacesDotsDashesAndUnderscoresMakeAName(String name) {
        assertThat(new GroupName(name).value()).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", ".", "..", "a/b", "a\\b", "a;b", "100%", "a?b", "a#b", "tab\there"})
    void namesThatAPathCouldNotCarryAreRefused(String name) {
        assertThatThrownBy(() -> new GroupName(name)).isInstanceOf(InputProblem.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Staff", "STAFF", " staff "})
    void namesAreComparedIgnoringCaseAndSurroundingSpace(String name) {
        assertThat(new GroupName(name).key()).isEqualTo("staff");
    }
}
