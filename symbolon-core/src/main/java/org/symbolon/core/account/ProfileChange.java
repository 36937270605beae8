package org.symbolon.core.account;

import java.util.Optional;

/** The fields of an account that its owner may change: how it is shown and where mail goes. */
public record ProfileChange(DisplayName displayName, Optional<EmailAddress> email) {
}
