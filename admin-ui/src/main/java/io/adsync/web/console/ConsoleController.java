package io.adsync.web.console;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.core.annotation.AliasFor;
import org.springframework.stereotype.Controller;

/**
 * A controller of the HTML console (not of the JSON API): {@link ConsoleAdvice} gives its pages the
 * organization and the navigation, and answers its failures as pages and messages, not as JSON.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Controller
public @interface ConsoleController {

    @AliasFor(annotation = Controller.class)
    String value() default "";
}
