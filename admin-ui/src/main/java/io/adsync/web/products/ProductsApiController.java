package io.adsync.web.products;

import java.util.List;

import io.adsync.web.api.BadRequestException;
import io.adsync.web.api.OrgId;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/products} (admins): every SKU seen in sales with its fees, and which have none; saving fees for any
 * number of SKUs at once, all or none.
 */
@RestController
public class ProductsApiController {

    private final Products products;

    public ProductsApiController(Products products) {
        this.products = products;
    }

    /** @param withoutFees the SKUs whose FBA fee or referral fee is not entered: their payout is overstated */
    public record Listing(List<Product> products, List<String> withoutFees) {

        static Listing of(List<Product> products) {
            return new Listing(products, products.stream().filter(product -> !product.hasFees())
                    .map(Product::sku).toList());
        }
    }

    public record Saving(List<ProductFees> products) {
    }

    public record Saved(boolean success, int saved) {
    }

    @GetMapping("/api/products")
    public Listing list(OrgId org) {
        return Listing.of(products.list(org.value()));
    }

    @PostMapping("/api/products")
    public Saved save(OrgId org, @RequestBody(required = false) Saving body) {
        if (body == null || body.products() == null) {
            throw new BadRequestException("Send {\"products\": [{\"sku\": \"..\", \"asin\": \"..\", \"fbaFee\": 3.25, "
                    + "\"referralPercent\": 15}]}");
        }
        List<String> problems = body.products().stream().map(ProductFees::problem)
                .filter(problem -> problem != null).toList();
        if (!problems.isEmpty()) {
            throw new BadRequestException("Nothing saved: " + String.join("; ", problems) + ".");
        }
        return new Saved(true, products.save(org.value(), body.products()));
    }
}
