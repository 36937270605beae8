package org.symbolon.core.token;

/** The result of creating a token. */
public sealed interface ApiTokenCreation {

    /** The token and its secret, which is shown this once and is not kept anywhere. */
    record Created(ApiToken token, String secret) implements ApiTokenCreation {
        @Override
        public String toString() {
            return "Created[" + token.publicId() + ", secret hidden]";
        }
    }

    /** A live token has this name already, in some letter case. */
    record NameTaken() implements ApiTokenCreation {
    }
}
