package org.qsp.system.edge;

/**
 * One malformed request of an operation.
 *
 * @param family what kind of malformation ({@code field}, {@code path}, {@code framing}, …), for the report
 * @param name   what exactly is wrong, e.g. {@code enterprise.uscc = "000000000000000000"}
 */
public record Malformed(ApiOperation operation, String family, String name, RawRequest request) {
}
