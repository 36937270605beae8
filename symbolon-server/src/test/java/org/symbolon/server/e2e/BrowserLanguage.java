package org.symbolon.server.e2e;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The languages the browser of a {@link BrowserTest} class asks for (Accept-Language); English by default. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@interface BrowserLanguage {

    /** A language tag, as Chromium's --lang option takes it. */
    String value();
}
