package org.symbolon.core.policy;

import java.util.Set;
import org.symbolon.core.factor.SecondFactorMethod;

/** Counts over every account's second factors, for the warnings that administrators get. */
public interface FactorCensus {

    /**
     * The active accounts that have a second factor but could not pass the second step if only
     * the {@code allowed} methods were: they would need an administrator's bypass code.
     */
    int strandedUnder(Set<SecondFactorMethod> allowed);
}
