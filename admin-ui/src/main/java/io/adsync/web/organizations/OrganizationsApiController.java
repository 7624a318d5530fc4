package io.adsync.web.organizations;

import java.util.List;

import io.adsync.organization.Organizations;
import io.adsync.web.api.ApiCreated;
import io.adsync.web.console.ConsoleOrganizations;
import io.adsync.web.console.Organization;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/orgs}: the organizations (an agency's clients); admins only, as the security configuration says. */
@RestController
@RequestMapping("/api/orgs")
public class OrganizationsApiController {

    private final Organizations organizations;
    private final ConsoleOrganizations listing;

    public OrganizationsApiController(Organizations organizations, ConsoleOrganizations listing) {
        this.organizations = organizations;
        this.listing = listing;
    }

    /** {@code [{"id":1,"name":"Default organization"},...]} */
    @GetMapping
    public List<Organization> all() {
        return listing.all();
    }

    @PostMapping
    public ApiCreated create(@RequestBody OrganizationBody body) {
        return ApiCreated.of(organizations.create(body.name()));
    }

    public record OrganizationBody(String name) {
    }
}
