package org.waymark.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The shared fixture of the browser tests. It skips a test class, saying why, only where Chromium or chromedriver is
 * not installed. It gives tests (and {@code @MethodSource} factories) two kinds of parameter:
 *
 * <ul>
 *   <li>a {@link BuiltSite}: the example site, built once per test run and served on 127.0.0.1; with
 *       {@link ExitUrl} on the parameter, a copy of it whose {@code safety.exit_url} is that address;
 *   <li>a {@link Browser}: one headless Chromium per test class, quit when the class is done; with
 *       {@link WithoutJavaScript} on the parameter, one that runs no script.
 * </ul>
 */
final class BrowserExtension implements BeforeAllCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserExtension.class);

    /** The site is built with this {@code safety.exit_url} instead of its own. */
    @Target(ElementType.PARAMETER)
    @Retention(RetentionPolicy.RUNTIME)
    @interface ExitUrl {
        String value();
    }

    /** The browser runs no script, as for a reader who has turned JavaScript off. */
    @Target(ElementType.PARAMETER)
    @Retention(RetentionPolicy.RUNTIME)
    @interface WithoutJavaScript {}

    @Override
    public void beforeAll(ExtensionContext context) {
        String missing = Browser.missing();
        Assumptions.assumeTrue(missing == null, missing);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == BuiltSite.class || type == Browser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        if (parameter.getParameter().getType() == BuiltSite.class) {
            String exitUrl = parameter.findAnnotation(ExitUrl.class).map(ExitUrl::value).orElse(null);
            return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent("site " + exitUrl,
                    k -> BuiltSite.build(BuiltSite.siteFolder(), exitUrl), BuiltSite.class);
        }
        boolean javascript = !parameter.isAnnotated(WithoutJavaScript.class);
        return classContext(context).getStore(NAMESPACE).getOrComputeIfAbsent("browser " + javascript,
                k -> Browser.start(javascript), Browser.class);
    }

    /** The context of the test class, whose store is closed (quitting its browsers) when the class is done. */
    private static ExtensionContext classContext(ExtensionContext context) {
        ExtensionContext c = context;
        while (c.getTestMethod().isPresent() && c.getParent().isPresent()) c = c.getParent().get();
        return c;
    }
}
