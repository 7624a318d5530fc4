package io.adsync.web.console;

/** An organization as the console's org selector lists it. */
public record Organization(long id, String name) {
}
