package io.adsync.web.profiles;

import java.util.List;

/** {@code POST /api/profiles}: enable or disable one profile and choose its report types. */
public record ProfileChange(Long profileId, Boolean enabled, List<String> reportTypes) {
}
