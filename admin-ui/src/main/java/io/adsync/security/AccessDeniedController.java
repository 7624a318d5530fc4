package io.adsync.security;

import io.adsync.web.api.ForbiddenException;
import io.adsync.web.console.ConsoleController;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Where the security configuration forwards a console request only an admin may make (the refusal is
 * logged before). Thrown on to the console's own error handling, so the user gets the reason as the
 * console shows every failure: above the page for an htmx request, an error page for a full one.
 */
@ConsoleController
public class AccessDeniedController {

    static final String PATH = "/access-denied";
    static final String ADMIN_ONLY = "Only an admin may do this: a viewer can read the reports, coverage and jobs "
            + "of its organizations, and change nothing";

    /** Any method: the refused request is forwarded here as it came (a POST stays a POST). */
    @RequestMapping(PATH)
    public String refused() {
        throw new ForbiddenException(ADMIN_ONLY);
    }
}
