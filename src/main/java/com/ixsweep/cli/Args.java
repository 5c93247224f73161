package com.ixsweep.cli;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A tiny {@code --name value} / {@code --flag} parser shared by the commands. Unknown options and missing values are
 * reported as {@link IllegalArgumentException} with a message for the user. Not thread-safe; one per invocation.
 */
final class Args {

    private final Map<String, String> values = new HashMap<>();
    private final Set<String> flags = new HashSet<>();

    private Args() {}

    /**
     * @param args the words after the command name (a leading command word equal to {@code command} is skipped)
     * @param valued options that take a value
     * @param flagNames options without a value
     */
    static Args parse(List<String> args, String command, Set<String> valued, Set<String> flagNames) {
        Args parsed = new Args();
        int i = 0;
        if (!args.isEmpty() && args.get(0).equals(command)) {
            i = 1;
        }
        for (; i < args.size(); i++) {
            String word = args.get(i);
            String name = word;
            String inline = null;
            int eq = word.indexOf('=');
            if (word.startsWith("--") && eq > 0) {
                name = word.substring(0, eq);
                inline = word.substring(eq + 1);
            }
            if (flagNames.contains(name) && inline == null) {
                parsed.flags.add(name);
            } else if (valued.contains(name)) {
                if (inline == null) {
                    if (i + 1 >= args.size()) {
                        throw new IllegalArgumentException(name + " needs a value");
                    }
                    inline = args.get(++i);
                }
                parsed.values.put(name, inline);
            } else {
                throw new IllegalArgumentException("unknown option: " + word);
            }
        }
        return parsed;
    }

    boolean flag(String name) {
        return flags.contains(name);
    }

    String text(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    int integer(String name, int fallback, int min, int max) {
        String v = values.get(name);
        if (v == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v.strip());
            if (n < min || n > max) {
                throw new IllegalArgumentException(name + " must be from " + min + " to " + max + ": " + v);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number: " + v, e);
        }
    }
}
