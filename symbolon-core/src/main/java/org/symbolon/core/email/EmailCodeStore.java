package org.symbolon.core.email;

import org.symbolon.core.account.EmailAddress;
import org.symbolon.core.oob.OutOfBandCodeStore;

/** The e-mail codes waiting to be typed, and the e-mail send limit's history. */
public interface EmailCodeStore extends OutOfBandCodeStore<EmailAddress> {
}
