package org.qsp.complaint.category;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.qsp.platform.errors.InvalidField;

/**
 * The category catalogue: what a complaint or report is about and what each category asks for. Chinese names,
 * English codes. Attribute values are checked strictly against their datatype: a number is a JSON number, a date
 * a {@code yyyy-MM-dd} string not after today, a list value one of the listed values, text at most 200 characters.
 */
public final class Categories {

    public static final String PRODUCT_NAME = "product_name";
    public static final String BRAND = "brand";
    public static final String MODEL = "model";
    static final int MAX_TEXT = 200;

    private static final List<Category> ALL = List.of(
            new Category("food", "食品", true, List.of(
                    Attribute.text(PRODUCT_NAME, "商品名称", true), Attribute.text(BRAND, "品牌", false),
                    Attribute.text(MODEL, "规格型号", false), Attribute.text("batch", "批次或生产日期", false),
                    Attribute.date("purchase_date", "购买日期", true),
                    Attribute.text("purchase_place", "购买地点", true), Attribute.number("amount", "金额（元）", false))),
            new Category("consumer-product", "日用消费品", true, List.of(
                    Attribute.text(PRODUCT_NAME, "商品名称", true), Attribute.text(BRAND, "品牌", true),
                    Attribute.text(MODEL, "规格型号", true), Attribute.text("batch", "批次或生产日期", false),
                    Attribute.date("purchase_date", "购买日期", true),
                    Attribute.text("purchase_place", "购买地点", false), Attribute.number("amount", "金额（元）", false))),
            new Category("appliance", "家用电器", true, List.of(
                    Attribute.text(PRODUCT_NAME, "商品名称", true), Attribute.text(BRAND, "品牌", true),
                    Attribute.text(MODEL, "规格型号", true), Attribute.date("purchase_date", "购买日期", true),
                    Attribute.text("purchase_place", "购买地点", false), Attribute.number("amount", "金额（元）", false))),
            new Category("cosmetics", "化妆品", true, List.of(
                    Attribute.text(PRODUCT_NAME, "商品名称", true), Attribute.text(BRAND, "品牌", true),
                    Attribute.text(MODEL, "规格型号", false), Attribute.text("batch", "批次或生产日期", false),
                    Attribute.date("purchase_date", "购买日期", true), Attribute.number("amount", "金额（元）", false))),
            new Category("service", "服务", false, List.of(
                    Attribute.oneOf("service_type", "服务类型", true, "餐饮", "美容美发", "维修", "教育培训", "旅游",
                            "家政", "其他"),
                    Attribute.date("purchase_date", "消费日期", true), Attribute.number("amount", "金额（元）", false))),
            new Category("price", "价格", false, List.of(
                    Attribute.text(PRODUCT_NAME, "商品或服务名称", true), Attribute.number("amount", "金额（元）", true),
                    Attribute.date("purchase_date", "购买日期", true),
                    Attribute.text("purchase_place", "购买地点", false))),
            new Category("advertising", "广告", false, List.of(
                    Attribute.text(PRODUCT_NAME, "广告所推销的商品或服务", true),
                    Attribute.oneOf("medium", "广告媒介", true, "网络", "电视", "广播", "户外", "印刷品", "其他"),
                    Attribute.date("seen_on", "发现日期", false))));

    private static final Map<String, Category> BY_CODE = new LinkedHashMap<>();

    static {
        ALL.forEach(c -> BY_CODE.put(c.code(), c));
    }

    private Categories() {
    }

    public static List<Category> all() {
        return ALL;
    }

    public static Optional<Category> find(String code) {
        return Optional.ofNullable(code == null ? null : BY_CODE.get(code));
    }

    /** The category, or 400 {@code unknown-category} on {@code category}. */
    public static Category require(String code) {
        return find(code).orElseThrow(() -> new InvalidField("unknown-category", "category",
                "is not a category of the catalogue (GET /api/complaint/v1/categories): " + code));
    }

    /**
     * Checks the attributes against the category and returns them normalised (numbers as BigDecimal, text and
     * dates as strings), in the catalogue's order; the first problem is a 400 on {@code attributes.<code>}.
     */
    public static Map<String, Object> checkedAttributes(Category category, Map<String, Object> given, LocalDate today) {
        Map<String, Object> attributes = given == null ? Map.of() : given;
        for (String code : attributes.keySet()) {
            if (category.attributes().stream().noneMatch(a -> a.code().equals(code))) {
                throw invalid("unknown-attribute", code, "is not an attribute of category " + category.code());
            }
        }
        Map<String, Object> checked = new LinkedHashMap<>();
        for (Attribute attribute : category.attributes()) {
            Object value = attributes.get(attribute.code());
            if (value == null) {
                if (attribute.required()) {
                    throw invalid("attribute-required", attribute.code(), "is required for category " + category.code());
                }
                continue;
            }
            checked.put(attribute.code(), checked(attribute, value, today));
        }
        return checked;
    }

    private static Object checked(Attribute attribute, Object value, LocalDate today) {
        return switch (attribute.datatype()) {
            case number -> {
                if (!(value instanceof Number number)) {
                    throw invalid("invalid-attribute", attribute.code(), "must be a JSON number");
                }
                BigDecimal amount = new BigDecimal(number.toString());
                if (amount.signum() < 0 || amount.compareTo(new BigDecimal("100000000")) > 0) {
                    throw invalid("invalid-attribute", attribute.code(), "must be between 0 and 100000000");
                }
                yield amount.stripTrailingZeros().toPlainString();
            }
            case date -> {
                String text = text(attribute, value);
                try {
                    LocalDate day = LocalDate.parse(text);
                    if (day.isAfter(today)) {
                        throw invalid("invalid-attribute", attribute.code(), "must not be in the future");
                    }
                    yield day.toString();
                } catch (DateTimeParseException e) {
                    throw invalid("invalid-attribute", attribute.code(), "must be a date yyyy-MM-dd");
                }
            }
            case singlevaluelist -> {
                String text = text(attribute, value);
                if (!attribute.values().contains(text)) {
                    throw invalid("invalid-attribute", attribute.code(), "must be one of " + attribute.values());
                }
                yield text;
            }
            case string -> text(attribute, value);
        };
    }

    private static String text(Attribute attribute, Object value) {
        if (!(value instanceof String text) || text.isBlank()) {
            throw invalid("invalid-attribute", attribute.code(), "must be a non-empty JSON string");
        }
        if (text.length() > MAX_TEXT) {
            throw invalid("invalid-attribute", attribute.code(), "must have at most " + MAX_TEXT + " characters");
        }
        return text.strip();
    }

    private static InvalidField invalid(String code, String attribute, String message) {
        return new InvalidField(code, "attributes." + attribute, message);
    }
}
