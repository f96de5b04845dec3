package org.partnersandbox.emulator.api;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The customer domain check: the loop decides as the regex it replaced did, at every edge. */
class DomainNameTest {

    /** The rule as it was written before the loop: the reference the loop is held to. */
    private static final Pattern RULE = Pattern.compile("(?=.{1,253}$)[A-Za-z0-9-]{1,63}(\\.[A-Za-z0-9-]{1,63})*");

    @Property(tries = 3000)
    void the_loop_agrees_with_the_rule(@ForAll("nearlyDomains") String name) {
        boolean valid = RULE.matcher(name).matches();
        assertThat(CustomersApi.isDomainName(name)).as(name).isEqualTo(valid);
        Statistics.collect(valid);
        // both answers often enough to mean something
        Statistics.coverage(coverage -> {
            coverage.check(true).percentage(percent -> percent > 5);
            coverage.check(false).percentage(percent -> percent > 5);
        });
    }

    @Example
    void the_edges_of_length() {
        String label63 = "a".repeat(63);
        assertThat(CustomersApi.isDomainName(label63 + ".com")).isTrue();
        assertThat(CustomersApi.isDomainName("a".repeat(64) + ".com")).isFalse();
        String name253 = String.join(".", label63, label63, label63, "b".repeat(61));
        assertThat(name253).hasSize(253);
        assertThat(CustomersApi.isDomainName(name253)).isTrue();
        assertThat(CustomersApi.isDomainName(name253 + "b")).isFalse();
        assertThat(CustomersApi.isDomainName("")).isFalse();
        assertThat(CustomersApi.isDomainName("contoso.onmicrosoft.com")).isTrue();
        assertThat(CustomersApi.isDomainName("contoso..com")).isFalse();
        assertThat(CustomersApi.isDomainName("contoso.com.")).isFalse();
        assertThat(CustomersApi.isDomainName("contoso.com\n")).isFalse();
    }

    /** Labels of 0 to 70 characters, mostly allowed ones, joined by dots: near every edge the rule has. */
    @Provide
    Arbitrary<String> nearlyDomains() {
        Arbitrary<Character> allowed = Arbitraries.chars().with("abcXYZ09-".toCharArray());
        Arbitrary<Character> any = Arbitraries.frequencyOf(
                Tuple.of(40, allowed), Tuple.of(1, Arbitraries.chars().with("_ \n.é\u0000".toCharArray())));
        Arbitrary<String> label = Arbitraries.frequencyOf(
                Tuple.of(1, any.list().ofMaxSize(70).map(DomainNameTest::text)),
                Tuple.of(1, Arbitraries.integers().between(60, 66).map("q"::repeat)));
        return label.list().ofMinSize(1).ofMaxSize(6).map(labels -> String.join(".", labels));
    }

    private static String text(List<Character> chars) {
        StringBuilder text = new StringBuilder(chars.size());
        chars.forEach(text::append);
        return text.toString();
    }
}
