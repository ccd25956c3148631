package org.qsp.platform.uscc;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A USCC (GB 32100) with a matching check character; null is left to {@code @NotNull}.
 * With {@code allowCheckOverride}, only the format is checked here and the caller decides about
 * the check character (early codes that fail it are legal once confirmed).
 */
@Documented
@Constraint(validatedBy = UsccValidator.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface ValidUscc {

    String message() default "is not a valid unified social credit code (GB 32100)";

    boolean allowCheckOverride() default false;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
