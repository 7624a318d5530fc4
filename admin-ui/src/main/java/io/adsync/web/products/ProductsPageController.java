package io.adsync.web.products;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.adsync.web.console.ConsoleAdvice;
import io.adsync.web.console.ConsoleController;
import io.adsync.web.console.Flash;
import io.adsync.web.console.Organization;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The Products page (admins): every SKU seen in sales with its FBA fee and referral fee, editable in its row, the
 * SKUs without fees named at the top, and the whole list as CSV out and in. Each action answers the table again
 * with what happened.
 */
@ConsoleController
public class ProductsPageController {

    private final Products products;

    public ProductsPageController(Products products) {
        this.products = products;
    }

    @GetMapping("/products")
    public String page(@ModelAttribute(ConsoleAdvice.ORG) Organization org, Model model) {
        show(org, model);
        return "products";
    }

    @PostMapping("/products/fees")
    public String saveRow(@ModelAttribute(ConsoleAdvice.ORG) Organization org, @RequestParam String sku,
                          @RequestParam(required = false) String fbaFee,
                          @RequestParam(required = false) String referralPercent, Model model) {
        Flash flash;
        try {
            ProductFees fees = new ProductFees(sku, null, decimal("FBA fee", sku, fbaFee),
                    decimal("Referral %", sku, referralPercent));
            flash = fees.problem() != null ? Flash.error("Not saved: " + fees.problem() + ".") : null;
            if (flash == null) {
                products.save(org.id(), List.of(fees));
                flash = Flash.ok("Fees of " + sku + " saved.");
            }
        } catch (IllegalArgumentException e) {
            flash = Flash.error("Not saved: " + e.getMessage());
        }
        return done(org, model, flash);
    }

    @GetMapping("/products/export.csv")
    public ResponseEntity<byte[]> export(@ModelAttribute(ConsoleAdvice.ORG) Organization org) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("products-org-" + org.id() + ".csv").build().toString())
                .body(ProductsCsv.write(products.list(org.id())).getBytes(StandardCharsets.UTF_8));
    }

    @PostMapping("/products/import")
    public String importCsv(@ModelAttribute(ConsoleAdvice.ORG) Organization org,
                            @RequestParam(required = false) MultipartFile file, Model model) throws IOException {
        if (file == null || file.isEmpty()) {
            return done(org, model, Flash.error("Not imported: choose a CSV file first."));
        }
        List<ProductFees> fees;
        try {
            fees = ProductsCsv.read(new String(file.getBytes(), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return done(org, model, Flash.error("Not imported: " + e.getMessage()));
        }
        List<String> problems = fees.stream().map(ProductFees::problem).filter(problem -> problem != null).toList();
        if (!problems.isEmpty()) {
            return done(org, model, Flash.error("Not imported: " + String.join("; ", problems) + "."));
        }
        int saved = products.save(org.id(), fees);
        return done(org, model, Flash.ok("Imported the fees of " + saved + (saved == 1 ? " SKU." : " SKUs.")));
    }

    private String done(Organization org, Model model, Flash flash) {
        model.addAttribute("flash", flash);
        show(org, model);
        return "products :: action";
    }

    private void show(Organization org, Model model) {
        List<Product> all = products.list(org.id());
        model.addAttribute("products", all);
        model.addAttribute("withoutFees", all.stream().filter(product -> !product.hasFees()).map(Product::sku).toList());
    }

    private static BigDecimal decimal(String label, String sku, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(label + " of " + sku + " \"" + value.strip() + "\" is not a number.");
        }
    }
}
