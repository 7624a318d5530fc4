package io.adsync.users;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import io.adsync.organization.Organizations;
import io.adsync.security.AdminProperties;
import io.adsync.web.api.BadRequestException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Creating and deleting users, for the users API and the console page alike: the input is checked
 * here once, and a refusal says in plain words what to change.
 */
@Service
public class UserDirectory {

    public static final int MIN_PASSWORD_LENGTH = 12;
    /** bcrypt reads only the first 72 bytes, and Spring's encoder refuses longer passwords outright. */
    static final int MAX_PASSWORD_BYTES = 72;
    /** No whitespace (the login form trims the name it gets) and no colon (HTTP Basic ends the user name at the first one). */
    private static final Pattern USERNAME = Pattern.compile("[^\\s:]{1,100}");

    private final AppUsers users;
    private final Organizations organizations;
    private final PasswordEncoder encoder;
    private final AdminProperties admin;

    public UserDirectory(AppUsers users, Organizations organizations, PasswordEncoder encoder, AdminProperties admin) {
        this.users = users;
        this.organizations = organizations;
        this.encoder = encoder;
        this.admin = admin;
    }

    /**
     * @param roleText {@code admin} or {@code viewer}
     * @param orgIds the organizations a viewer may read (at least one); for an admin they must exist but
     *               are not stored, since an admin reaches every organization
     * @return the new user's id
     * @throws BadRequestException naming what is wrong with the input
     */
    public long create(String username, String password, String roleText, List<Long> orgIds) {
        String name = username == null ? "" : username.strip();
        if (!USERNAME.matcher(name).matches()) {
            throw new BadRequestException("The user name must be 1 to 100 characters without spaces or colons");
        }
        if (name.equalsIgnoreCase(admin.usernameOrDefault())) {
            throw new BadRequestException("'" + name + "' is the administrator set by ADMIN_USERNAME; choose another name");
        }
        if (users.nameTaken(name)) {
            throw new BadRequestException("There is already a user named '" + name + "'");
        }
        if (password == null || password.codePointCount(0, password.length()) < MIN_PASSWORD_LENGTH) {
            throw new BadRequestException("The password must be at least " + MIN_PASSWORD_LENGTH + " characters long");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw new BadRequestException("The password must be at most " + MAX_PASSWORD_BYTES
                    + " bytes long (bcrypt ignores the rest)");
        }
        Role role = Role.of(roleText).orElseThrow(() -> new BadRequestException(
                "The role must be 'admin' or 'viewer', got '" + (roleText == null ? "" : roleText.strip()) + "'"));
        List<Long> granted = orgIds == null ? List.of()
                : orgIds.stream().filter(Objects::nonNull).distinct().sorted().toList();
        for (long orgId : granted) {
            if (!organizations.exists(orgId)) {
                throw new BadRequestException("Organization " + orgId + " does not exist");
            }
        }
        if (role == Role.VIEWER && granted.isEmpty()) {
            throw new BadRequestException("A viewer needs at least one organization to see");
        }
        return users.insert(new NewUser(name, password, role, role == Role.VIEWER ? granted : List.of()),
                encoder.encode(password));
    }

    /**
     * @param currentUser who asks: nobody deletes the account they are using (the configured
     *                    administrator cannot be deleted at all, it is not in the table)
     * @return false when there is no such user
     */
    public boolean delete(long id, String currentUser) {
        if (users.byId(id).filter(user -> user.username().equals(currentUser)).isPresent()) {
            throw new BadRequestException("You cannot delete the user you are logged in as");
        }
        return users.delete(id);
    }

    public List<AppUser> all() {
        return users.all();
    }
}
