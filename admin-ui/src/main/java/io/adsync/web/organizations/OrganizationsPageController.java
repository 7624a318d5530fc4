package io.adsync.web.organizations;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.adsync.organization.Organizations;
import io.adsync.users.AppUser;
import io.adsync.users.Role;
import io.adsync.users.UserDirectory;
import io.adsync.web.console.ConsoleController;
import io.adsync.web.console.ConsoleOrganizations;
import io.adsync.web.console.Flash;
import io.adsync.web.console.Organization;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The "Organizations & users" page (admins only, as the security configuration says): create and
 * rename organizations; list, create and delete users and grant a viewer its organizations. Each
 * action answers the page's lists again with what happened; bad input is said above the page by the
 * console's error handling.
 */
@ConsoleController
public class OrganizationsPageController {

    private final Organizations organizations;
    private final ConsoleOrganizations listing;
    private final UserDirectory users;

    public OrganizationsPageController(Organizations organizations, ConsoleOrganizations listing,
                                       UserDirectory users) {
        this.organizations = organizations;
        this.listing = listing;
        this.users = users;
    }

    @GetMapping("/organizations")
    public String page(Model model) {
        lists(model);
        model.addAttribute("minPasswordLength", UserDirectory.MIN_PASSWORD_LENGTH);
        return "organizations";
    }

    @PostMapping("/organizations")
    public String createOrganization(@RequestParam(required = false) String name, Model model) {
        long id = organizations.create(name);
        return done(Flash.ok("Organization #" + id + " created."), model);
    }

    @PostMapping("/organizations/{id}/name")
    public String rename(@PathVariable long id, @RequestParam(required = false) String name, Model model) {
        organizations.rename(id, name);
        return done(Flash.ok("Organization #" + id + " renamed."), model);
    }

    @PostMapping("/organizations/users")
    public String createUser(@RequestParam(required = false) String username,
                             @RequestParam(required = false) String password,
                             @RequestParam(required = false) String role,
                             @RequestParam(required = false) List<Long> orgIds, Model model) {
        users.create(username, password, role, orgIds);
        return done(Flash.ok("User " + username.strip() + " created."), model);
    }

    @PostMapping("/organizations/users/{id}/delete")
    public String deleteUser(@PathVariable long id, Principal principal, Model model) {
        boolean deleted = users.delete(id, principal.getName());
        return done(deleted ? Flash.ok("User deleted.") : Flash.error("That user was already deleted."), model);
    }

    private String done(Flash flash, Model model) {
        model.addAttribute("flash", flash);
        lists(model);
        return "organizations :: action";
    }

    private void lists(Model model) {
        List<Organization> all = listing.all();
        Map<Long, String> names = all.stream().collect(Collectors.toMap(Organization::id, Organization::name));
        List<AppUser> everyone = users.all();
        model.addAttribute("orgs", all);
        model.addAttribute("users", everyone);
        // a viewer's organizations by name, as the users table lists them
        model.addAttribute("grants", everyone.stream().collect(Collectors.toMap(AppUser::id, user -> user.orgIds()
                .stream().map(id -> names.getOrDefault(id, "#" + id)).collect(Collectors.joining(", ")))));
        model.addAttribute("roles", Role.values());
    }
}
