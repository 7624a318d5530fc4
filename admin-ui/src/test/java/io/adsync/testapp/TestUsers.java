package io.adsync.testapp;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.adsync.users.UserDirectory;

/** Users made for one test, each with a name of its own, so tests sharing a context never collide. */
public final class TestUsers {

    public static final String PASSWORD = "a-long-test-password-31";

    private static final AtomicInteger NEXT = new AtomicInteger();

    private TestUsers() {
    }

    /** A name no other test uses (the names of a context's database stay in it until it closes). */
    public static String uniqueName(String prefix) {
        return prefix + "-" + ProcessHandle.current().pid() + "-" + NEXT.incrementAndGet();
    }

    /** @return the new viewer's user name; its password is {@link #PASSWORD} */
    public static String viewer(UserDirectory users, long... orgIds) {
        String name = uniqueName("viewer");
        users.create(name, PASSWORD, "viewer", java.util.Arrays.stream(orgIds).boxed().toList());
        return name;
    }

    /** @return the new admin's user name; its password is {@link #PASSWORD} */
    public static String admin(UserDirectory users) {
        String name = uniqueName("admin");
        users.create(name, PASSWORD, "admin", List.of());
        return name;
    }
}
