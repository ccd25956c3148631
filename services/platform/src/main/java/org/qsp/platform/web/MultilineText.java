package org.qsp.platform.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a request text field that may span lines (the facts of a complaint, the measures of a report, a note):
 * line feeds and tabs are kept there ({@code \r\n} becomes {@code \n}). Every other text field is one line, and a
 * tab, carriage return or line feed in it is refused like any other control character (see {@link StrictJson}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface MultilineText {
}
