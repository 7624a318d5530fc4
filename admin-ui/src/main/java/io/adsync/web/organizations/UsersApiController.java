package io.adsync.web.organizations;

import java.security.Principal;
import java.util.List;

import io.adsync.users.AppUser;
import io.adsync.users.UserDirectory;
import io.adsync.web.api.ApiCreated;
import io.adsync.web.api.ApiSuccess;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /api/users}: the users an admin created (the configured administrator is not among them: it
 * lives in the configuration). Admins only, as the security configuration says; no answer holds a
 * password or its hash.
 */
@RestController
@RequestMapping("/api/users")
public class UsersApiController {

    private final UserDirectory directory;

    public UsersApiController(UserDirectory directory) {
        this.directory = directory;
    }

    /** {@code [{"id":2,"username":"ana","role":"viewer","orgIds":[1,3],"createdAt":"..."},...]} */
    @GetMapping
    public List<AppUser> all() {
        return directory.all();
    }

    @PostMapping
    public ApiCreated create(@RequestBody UserBody body) {
        return ApiCreated.of(directory.create(body.username(), body.password(), body.role(), body.orgIds()));
    }

    @DeleteMapping("/{id}")
    public ApiSuccess delete(@PathVariable long id, Principal principal) {
        if (!directory.delete(id, principal.getName())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "User " + id + " does not exist");
        }
        return ApiSuccess.OK;
    }

    /** The body of {@code POST /api/users}; its password never reaches a log through toString. */
    public record UserBody(String username, String password, String role, List<Long> orgIds) {

        @Override
        public String toString() {
            return "UserBody[username=" + username + ", role=" + role + ", orgIds=" + orgIds + "]";
        }
    }
}
