package org.govsim.web.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class that drives Chromium. Without /usr/bin/chromium and /usr/bin/chromedriver it fails, saying how to
 * install them, so a CI machine without a browser cannot pass unnoticed; {@code -Dgovsim.browser.optional=true}
 * skips it instead, for a machine that is not meant to run browser tests.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("browser")
@ExtendWith(ChromiumInstalled.class)
public @interface BrowserTest {
}
