package org.symbolon.server.api;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Numbers and booleans of a request body taken only as what they are in JSON. Jackson would turn
 * {@code "5"} or {@code true} into 5 and {@code 1.5} into 1 by default; for a bypass code's hours
 * or a grace period that silent rounding or guessing is worse than a clear 400 (as
 * {@link StrictJsonConfiguration} does for strings). Used on single members with
 * {@code @JsonDeserialize(using = ...)}, so that no other endpoint changes; JSON {@code null}
 * stays null and is the caller's to refuse or default.
 */
final class StrictJsonValues {

    private StrictJsonValues() {
    }

    /** A JSON integer within the range of {@code int}; anything else is malformed. */
    static final class WholeNumber extends ValueDeserializer<Integer> {

        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.currentToken() == JsonToken.VALUE_NUMBER_INT
                    && parser.getNumberType() == JsonParser.NumberType.INT) {
                return parser.getIntValue();
            }
            // The message names the expected shape, never the value sent.
            return context.reportInputMismatch(Integer.class, "expected a whole number");
        }
    }

    /** JSON {@code true} or {@code false}; a string or number is malformed. */
    static final class TrueOrFalse extends ValueDeserializer<Boolean> {

        @Override
        public Boolean deserialize(JsonParser parser, DeserializationContext context) {
            JsonToken token = parser.currentToken();
            if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
                return token == JsonToken.VALUE_TRUE;
            }
            return context.reportInputMismatch(Boolean.class, "expected true or false");
        }
    }
}
