package io.adsync.web.profiles;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.adsync.profiles.AdvertisingProfile;

/**
 * The advertising profiles a page or report is about: all of the org's ("All profiles"), or some.
 *
 * @param available the org's profiles, as the selector lists them
 * @param selected  the chosen ones; every available one when {@code whole}
 * @param whole     nothing was narrowed: every row of the org counts, also of a profile no longer listed
 */
public record ProfileSelection(List<AdvertisingProfile> available, List<AdvertisingProfile> selected,
                               boolean whole) {

    public ProfileSelection {
        available = List.copyOf(available);
        selected = List.copyOf(selected);
    }

    /** The profile ids rows are filtered by; null for the whole org (no filter). */
    public Long[] filter() {
        return whole ? null : selected.stream().map(AdvertisingProfile::profileId).toArray(Long[]::new);
    }

    /**
     * The profiles whose coverage decides whether a day is loaded: a day counts as loaded only when
     * each of them has it, because a figure summed over profiles of which one is missing looks
     * complete and is not (the "any" rule would show a low spend as if it were the whole). These are
     * the selected enabled profiles (a disabled one is not fetched any more, so its gaps would never
     * close); when none of the selected is enabled, the selected ones themselves. Empty (an org
     * without profiles): any profile's coverage counts.
     */
    public List<Long> coverageProfiles() {
        return counted().stream().map(AdvertisingProfile::profileId).toList();
    }

    /**
     * The currencies the selection spans, sorted: of the profiles {@link #coverageProfiles()} counts (a
     * disabled profile discovered and never synced adds no currency to All); a profile not discovered yet
     * has none. Rows of other profiles add theirs where they are summed.
     */
    public List<String> currencies() {
        return counted().stream().map(AdvertisingProfile::currencyCode).filter(Objects::nonNull).distinct().sorted()
                .toList();
    }

    /**
     * The marketplaces of the counted profiles in the currency: where their sales are (sales rows name
     * a marketplace, not a profile).
     */
    public String[] marketplaces(String currency) {
        return counted().stream().filter(profile -> Objects.equals(profile.currencyCode(), currency))
                .map(AdvertisingProfile::marketplaceId).filter(Objects::nonNull).distinct().toArray(String[]::new);
    }

    /** The marketplaces of every counted profile; null for the whole org, whose every marketplace counts. */
    public String[] marketplaces() {
        return whole ? null : counted().stream().map(AdvertisingProfile::marketplaceId).filter(Objects::nonNull)
                .distinct().toArray(String[]::new);
    }

    private List<AdvertisingProfile> counted() {
        List<AdvertisingProfile> enabled = selected.stream().filter(AdvertisingProfile::enabled).toList();
        return enabled.isEmpty() ? selected : enabled;
    }

    /** The one selected profile's id, null for none or several. */
    public Long single() {
        return !whole && selected.size() == 1 ? selected.get(0).profileId() : null;
    }

    /** Whether rows of several profiles are shown together, so each row must say its profile. */
    public boolean spansProfiles() {
        return selected.size() > 1;
    }

    /** The selection as the {@code profileId} parameter links and polling requests carry; null for all. */
    public String param() {
        return whole ? null : selected.stream().map(profile -> Long.toString(profile.profileId()))
                .collect(Collectors.joining(","));
    }

    /** {@code &profileId=...} to append to a link that has a query already; empty for all profiles. */
    public String query() {
        return whole ? "" : "&profileId=" + param();
    }

    public boolean isSelected(long profileId) {
        return !whole && selected.stream().anyMatch(profile -> profile.profileId() == profileId);
    }

    /** {@code Sandbox Kitchen Ltd GB (366822873177837)}; the bare id of a profile the org does not list. */
    public String label(long profileId) {
        return available.stream().filter(profile -> profile.profileId() == profileId).findFirst()
                .map(AdvertisingProfile::label).orElse(Long.toString(profileId));
    }

    /** {@code Sandbox Kitchen Ltd · GB · GBP}: what the selector shows of a profile. */
    public static String option(AdvertisingProfile profile) {
        return Stream.of(profile.accountName(), profile.countryCode(), profile.currencyCode())
                .filter(Objects::nonNull)
                .collect(Collectors.collectingAndThen(Collectors.joining(" · "),
                        words -> words.isEmpty() ? Long.toString(profile.profileId())
                                : words + " (" + profile.profileId() + ")"));
    }
}
