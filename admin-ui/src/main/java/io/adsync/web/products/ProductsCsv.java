package io.adsync.web.products;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The Products CSV: {@code sku,asin,fba_fee,referral_percent}, one SKU a line, as exported and as imported
 * (RFC 4180 quoting; a header line is required so columns can be in any order; empty cells mean "no fee").
 */
public final class ProductsCsv {

    static final List<String> COLUMNS = List.of("sku", "asin", "fba_fee", "referral_percent");

    private ProductsCsv() {
    }

    public static String write(List<Product> products) {
        StringBuilder csv = new StringBuilder(String.join(",", COLUMNS)).append("\r\n");
        for (Product product : products) {
            csv.append(cell(product.sku())).append(',').append(cell(product.asin())).append(',')
                    .append(number(product.fbaFee())).append(',').append(number(product.referralPercent()))
                    .append("\r\n");
        }
        return csv.toString();
    }

    /** @throws IllegalArgumentException naming the line and the cell that cannot be read */
    public static List<ProductFees> read(String text) {
        List<List<String>> rows = parse(text.startsWith("\uFEFF") ? text.substring(1) : text);
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("The file is empty: it needs the header line sku,asin,fba_fee,"
                    + "referral_percent and one line per SKU.");
        }
        List<String> header = rows.get(0).stream().map(name -> name.strip().toLowerCase(Locale.ROOT)).toList();
        int sku = header.indexOf("sku");
        if (sku < 0) {
            throw new IllegalArgumentException("The first line must name the columns, sku among them "
                    + "(sku,asin,fba_fee,referral_percent).");
        }
        int asin = header.indexOf("asin");
        int fee = header.indexOf("fba_fee");
        int referral = header.indexOf("referral_percent");
        List<ProductFees> products = new ArrayList<>();
        for (int line = 1; line < rows.size(); line++) {
            List<String> row = rows.get(line);
            if (row.stream().allMatch(String::isBlank)) {
                continue;
            }
            products.add(new ProductFees(at(row, sku), at(row, asin), decimal(row, fee, line + 1, "fba_fee"),
                    decimal(row, referral, line + 1, "referral_percent")));
        }
        return products;
    }

    private static String at(List<String> row, int index) {
        return index < 0 || index >= row.size() ? null : row.get(index).strip();
    }

    private static BigDecimal decimal(List<String> row, int index, int line, String column) {
        String value = at(row, index);
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Line " + line + ": " + column + " \"" + value + "\" is not a number "
                    + "(write 3.25, with a dot).");
        }
    }

    private static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        if (cell.length() > 0 || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }

    private static String cell(String value) {
        if (value == null) {
            return "";
        }
        // a leading = + - @ would be a formula to a spreadsheet; SKUs never start so, but a typed one might
        String safe = value.matches("^[=+\\-@].*") ? "'" + value : value;
        return safe.contains(",") || safe.contains("\"") || safe.contains("\n")
                ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }

    private static String number(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
