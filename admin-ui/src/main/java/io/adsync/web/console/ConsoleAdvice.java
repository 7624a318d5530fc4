package io.adsync.web.console;

import java.util.List;
import java.util.stream.Collectors;

import io.adsync.ads.AdsApiException;
import io.adsync.jobs.NoEnabledProfilesException;
import io.adsync.jobs.account.NoAdsSettingsException;
import io.adsync.profiles.UnknownProfileException;
import io.adsync.settings.SettingsDecryptionException;
import io.adsync.web.api.BadRequestException;
import io.adsync.web.api.ForbiddenException;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxResponse;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxReswap;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * What every console page has: the organizations (the selector shows when there is more than one),
 * the organization the page is for ({@code ?orgId=}, default the first), and its own path (the
 * selector reloads it for another org). Failures become a message in plain words: above the page
 * for an htmx request, or an error page for a full one; never a stack trace.
 */
@ControllerAdvice(annotations = ConsoleController.class)
public class ConsoleAdvice {

    public static final String ORG = "org";
    static final String FLASH_TARGET = "#flash";

    private static final Logger log = LoggerFactory.getLogger(ConsoleAdvice.class);

    private final ConsoleOrganizations organizations;

    public ConsoleAdvice(ConsoleOrganizations organizations) {
        this.organizations = organizations;
    }

    @ModelAttribute
    public void console(@RequestParam(name = "orgId", required = false) String orgId, HttpServletRequest request,
                        Model model) {
        // a viewer's switcher lists only its granted orgs, and asking for another is refused here, for every page
        List<Organization> visible = organizations.visible();
        model.addAttribute("organizations", visible);
        model.addAttribute("currentPath", request.getRequestURI().substring(request.getContextPath().length()));
        model.addAttribute(ORG, organizations.resolve(visible, orgId));
    }

    @ExceptionHandler({BadRequestException.class, MethodArgumentTypeMismatchException.class, BindException.class})
    public String badRequest(Exception e, HtmxRequest htmx, HtmxResponse htmxResponse,
                             HttpServletResponse response, Model model) {
        String message;
        if (e instanceof MethodArgumentTypeMismatchException mismatch) {
            message = invalid(mismatch.getName(), mismatch.getValue());
        } else if (e instanceof BindException binding) {
            message = binding.getFieldErrors().stream()
                    .map(error -> invalid(error.getField(), error.getRejectedValue()))
                    .collect(Collectors.joining("; "));
        } else {
            message = e.getMessage();
        }
        return failure(HttpStatus.BAD_REQUEST, message, htmx, htmxResponse, response, model);
    }

    private static String invalid(String name, Object value) {
        return "The value '" + value + "' of " + name + " is not valid"
                + (name.equals("from") || name.equals("to") ? ": write dates as YYYY-MM-DD" : "");
    }

    /** Logged where it was decided ({@link io.adsync.security.OrgAccess}); the user gets the reason. */
    @ExceptionHandler(ForbiddenException.class)
    public String forbidden(ForbiddenException e, HtmxRequest htmx, HtmxResponse htmxResponse,
                            HttpServletResponse response, Model model) {
        return failure(HttpStatus.FORBIDDEN, e.getMessage(), htmx, htmxResponse, response, model);
    }

    /** Amazon refused, or there is nothing to act with: the user can fix this, so say how. */
    @ExceptionHandler({AdsApiException.class, NoAdsSettingsException.class, NoEnabledProfilesException.class,
            UnknownProfileException.class})
    public String amazonRefused(RuntimeException e, HtmxRequest htmx, HtmxResponse htmxResponse,
                                HttpServletResponse response, Model model) {
        return failure(HttpStatus.BAD_GATEWAY, e.getMessage(), htmx, htmxResponse, response, model);
    }

    @ExceptionHandler(SettingsDecryptionException.class)
    public String undecryptableSettings(SettingsDecryptionException e, HtmxRequest htmx,
                                        HtmxResponse htmxResponse, HttpServletResponse response, Model model) {
        log.error(e.getMessage());
        return failure(HttpStatus.INTERNAL_SERVER_ERROR, e.getMessage(), htmx, htmxResponse, response, model);
    }

    @ExceptionHandler(Exception.class)
    public String unexpected(Exception e, HtmxRequest htmx, HtmxResponse htmxResponse,
                             HttpServletResponse response, Model model) {
        log.error("Console request failed", e);
        return failure(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on the server ("
                + e.getClass().getSimpleName() + "); the details are in the server log.", htmx, htmxResponse, response,
                model);
    }

    /**
     * An htmx request gets the message as a 200 retargeted to the message area, because htmx does not
     * swap error responses; a page request gets the error page with the real status.
     */
    private static String failure(HttpStatus status, String message, HtmxRequest htmx, HtmxResponse htmxResponse,
                                  HttpServletResponse response, Model model) {
        model.addAttribute("flash", Flash.error(message));
        if (htmx.isHtmxRequest()) {
            // also over a status set before (a refusal forwarded by the security configuration is a 403)
            response.setStatus(HttpStatus.OK.value());
            htmxResponse.setRetarget(FLASH_TARGET);
            htmxResponse.setReswap(HtmxReswap.innerHtml());
            return "fragments :: flash";
        }
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        return "console-error";
    }
}
