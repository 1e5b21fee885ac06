/**
 * Browser-test support for the web app: {@link org.govsim.web.browser.Browser} drives Debian's headless Chromium
 * through its own chromedriver (nothing is downloaded), takes screenshots, runs axe-core and walks the page by
 * keyboard; {@link org.govsim.web.browser.BrowserTest} marks a class that needs Chromium, failing it when the browser
 * is missing unless {@code -Dgovsim.browser.optional=true} asks to skip. {@code BrowserSmokeTest} checks the
 * machinery itself against a static page.
 */
package org.govsim.web.browser;
