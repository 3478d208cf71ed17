package org.valueexchange.core.alert;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds a finding's message: text, and values quoted from the plan with where they are,
 * so that each can be checked by hand on its line.
 */
public final class Message {

    private final StringBuilder text = new StringBuilder();
    private final List<Citation> citations = new ArrayList<>();

    /** An empty message. */
    public Message() {
        // Filled in by add and cite.
    }

    /** Plain text. */
    public Message add(Object words) {
        text.append(words);
        return this;
    }

    /** A value as the plan has it, at {@code pointer} in the account's plan. */
    public Message cite(Object value, String pointer) {
        text.append(value);
        citations.add(new Citation(text.length(), pointer));
        return this;
    }

    public String text() {
        return text.toString();
    }

    public List<Citation> citations() {
        return List.copyOf(citations);
    }
}
