package org.qsp.platform.region;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A region a client names (a {@code region=} filter, an authority, an element of a list of regions): a real GB/T 2260 code
 * ({@link Regions#isKnown}, QSP's national 100000 included); with {@code place}, where an enterprise
 * is (a form's region: the national code is refused). Null is left to {@code @NotNull}.
 * A bad one is a 400 {@code validation-failed} naming the field.
 */
@Documented
@Constraint(validatedBy = KnownRegionValidator.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface KnownRegion {

    String message() default "is not a GB/T 2260 region code";

    /** A place where an enterprise is (a province, city or county), which QSP's national code is not. */
    boolean place() default false;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
