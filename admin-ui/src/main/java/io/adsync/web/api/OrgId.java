package io.adsync.web.api;

/**
 * The organization an API call acts for, from the {@code orgId} query parameter or the
 * {@code X-Org-Id} header. A handler parameter of this type only ever receives an existing org:
 * {@link OrgIdArgumentResolver} answers 400 otherwise.
 */
public record OrgId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
