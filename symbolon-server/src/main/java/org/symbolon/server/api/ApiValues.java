package org.symbolon.server.api;

import java.util.Locale;
import org.symbolon.core.text.InputProblem;

/** Reading the members of the administrators' request bodies: required ones, and names of enum constants. */
final class ApiValues {

    private ApiValues() {
    }

    /** @throws InputProblem (EMPTY) when the member is left out or null */
    static <T> T required(String field, T value) {
        if (value == null) {
            throw new InputProblem(field, InputProblem.Reason.EMPTY);
        }
        return value;
    }

    /**
     * The constant named, ignoring letter case and surrounding spaces.
     *
     * @throws InputProblem (EMPTY) when left out, (NOT_ALLOWED) when no constant has that name
     */
    static <E extends Enum<E>> E constant(Class<E> type, String field, String value) {
        try {
            return Enum.valueOf(type, required(field, value).strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new InputProblem(field, InputProblem.Reason.NOT_ALLOWED);
        }
    }
}
