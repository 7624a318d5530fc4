package io.adsync.web.api;

import io.adsync.organization.Organizations;
import io.adsync.security.OrgAccess;
import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Resolves {@link OrgId} handler parameters from {@code ?orgId=} or {@code X-Org-Id}, checking the org
 * exists and that the caller may see it (a viewer only its granted orgs: 403 otherwise), so that no
 * API controller has to.
 */
@Component
public class OrgIdArgumentResolver implements HandlerMethodArgumentResolver {

    public static final String PARAMETER = "orgId";
    public static final String HEADER = "X-Org-Id";

    private final Organizations organizations;
    private final OrgAccess access;

    public OrgIdArgumentResolver(Organizations organizations, OrgAccess access) {
        this.organizations = organizations;
        this.access = access;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == OrgId.class;
    }

    @Override
    public OrgId resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                 NativeWebRequest request, WebDataBinderFactory binderFactory) {
        String text = request.getParameter(PARAMETER);
        if (text == null || text.isBlank()) {
            text = request.getHeader(HEADER);
        }
        if (text == null || text.isBlank()) {
            throw new BadRequestException("orgId is required: pass ?orgId=<id> or the header X-Org-Id");
        }
        long orgId;
        try {
            orgId = Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new BadRequestException("orgId must be a number, got '" + abbreviate(text.strip()) + "'");
        }
        if (!organizations.exists(orgId)) {
            throw new BadRequestException("organization " + orgId + " does not exist");
        }
        access.requireOrg(orgId);
        return new OrgId(orgId);
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
