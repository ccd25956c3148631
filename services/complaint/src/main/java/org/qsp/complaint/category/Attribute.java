package org.qsp.complaint.category;

import java.util.List;

/**
 * One thing a category asks for, Open311-style: a {@code code}, its Chinese {@code name}, a {@code datatype}
 * ({@code string}, {@code number}, {@code date} as yyyy-MM-dd, {@code singlevaluelist} of {@code values}) and
 * whether it is {@code required}.
 */
public record Attribute(String code, String name, Datatype datatype, boolean required, List<String> values) {

    public enum Datatype {
        string, number, date, singlevaluelist
    }

    public static Attribute text(String code, String name, boolean required) {
        return new Attribute(code, name, Datatype.string, required, List.of());
    }

    public static Attribute number(String code, String name, boolean required) {
        return new Attribute(code, name, Datatype.number, required, List.of());
    }

    public static Attribute date(String code, String name, boolean required) {
        return new Attribute(code, name, Datatype.date, required, List.of());
    }

    public static Attribute oneOf(String code, String name, boolean required, String... values) {
        return new Attribute(code, name, Datatype.singlevaluelist, required, List.of(values));
    }
}
