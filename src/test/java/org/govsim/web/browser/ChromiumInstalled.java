package org.govsim.web.browser;

import java.util.Optional;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Skips a {@link BrowserTest} class without Chromium only when asked to; otherwise fails it before its setup runs. */
class ChromiumInstalled implements ExecutionCondition, BeforeAllCallback {

    static final String OPTIONAL = "govsim.browser.optional";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Optional<String> missing = Browser.missing();
        if (missing.isPresent() && Boolean.getBoolean(OPTIONAL)) {
            return ConditionEvaluationResult.disabled("No " + missing.get() + ", and " + OPTIONAL
                    + "=true skips the browser tests; apt-get install chromium chromium-driver to run them");
        }
        return ConditionEvaluationResult.enabled("Chromium is installed, or its absence is to fail the tests");
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        Browser.missing().ifPresent(absent -> {
            throw new IllegalStateException(Browser.notInstalled(absent));
        });
    }
}
