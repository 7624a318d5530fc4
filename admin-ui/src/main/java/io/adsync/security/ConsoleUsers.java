package io.adsync.security;

import io.adsync.users.AppUsers;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Everyone who can log in: first the administrator of the configuration ({@code ADMIN_USERNAME}),
 * exactly as before there were other users, then the users an admin created ({@code app_users}).
 * The users page refuses the administrator's name, so a stored user never shadows it.
 */
final class ConsoleUsers implements UserDetailsService {

    private final UserDetails administrator;
    private final AppUsers users;

    ConsoleUsers(UserDetails administrator, AppUsers users) {
        this.administrator = administrator;
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        if (administrator.getUsername().equals(username)) {
            // a copy: the authentication erases the password of what it is given
            return User.withUserDetails(administrator).build();
        }
        return users.credentials(username)
                .map(user -> User.withUsername(user.username())
                        .password(user.passwordHash())
                        .authorities(user.role().authority())
                        .build())
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }
}
