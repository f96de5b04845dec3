package org.partnersandbox.emulator.domain;

import java.util.function.Supplier;

/**
 * How a create is made at most once for one client request (IR-11): the HTTP layer's MS-RequestId
 * memory, which answers a repeated request from memory instead of creating again. The operation runs
 * it under its own lock, so that two copies of one request cannot both create.
 *
 * @param <T> what the operation creates
 * @param <A> the answer to the request
 */
@FunctionalInterface
public interface AtMostOnce<T, A> {

    A create(Supplier<T> create);

    /** Every call creates: no request memory (the emulator's own seeding, unit tests). */
    static <T> AtMostOnce<T, T> always() {
        return Supplier::get;
    }
}
