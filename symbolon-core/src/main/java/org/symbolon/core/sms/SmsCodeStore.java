package org.symbolon.core.sms;

import org.symbolon.core.oob.OutOfBandCodeStore;

/** The SMS codes waiting to be typed, and the SMS send limit's history (apart from e-mail's). */
public interface SmsCodeStore extends OutOfBandCodeStore<PhoneNumber> {
}
