package org.valueexchange.reports;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the inputs that are too big to commit from the instructions in a
 * {@code generate.txt}, one per line ({@code #} lines are comments):
 * <pre>
 * file: a.yaml          start writing a.yaml
 * text: T               write T once
 * repeat: N T           write T N times
 * sequence: N T         write T N times, {n} replaced by 0, 1, 2, ...
 * size: N               the file written so far must be N bytes
 * </pre>
 * T is UTF-8 text with the escapes {@code \n}, {@code \t}, {@code \"}, {@code \\} and {@code \}{@code uXXXX};
 * the rest of the line after the count is T, spaces included.
 */
public final class GeneratedInput {

    private GeneratedInput() {
    }

    /** Writes the files {@code instructions} describe into {@code dir}. */
    public static void write(Path instructions, Path dir) throws IOException {
        List<String> lines = Files.readAllLines(instructions, StandardCharsets.UTF_8);
        OutputStream out = null;
        Path file = null;
        try {
            for (String line : lines) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int colon = line.indexOf(": ");
                String op = line.substring(0, colon);
                String arg = line.substring(colon + 2);
                switch (op) {
                    case "file" -> {
                        if (out != null) {
                            out.close();
                        }
                        file = dir.resolve(arg);
                        out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
                    }
                    case "text" -> out.write(bytes(arg));
                    case "repeat", "sequence" -> {
                        int space = arg.indexOf(' ');
                        long times = Long.parseLong(arg.substring(0, space));
                        String text = arg.substring(space + 1);
                        byte[] once = bytes(text);
                        for (long n = 0; n < times; n++) {
                            out.write(op.equals("repeat") ? once : bytes(text.replace("{n}", Long.toString(n))));
                        }
                    }
                    case "size" -> {
                        out.flush();
                        long size = Files.size(file);
                        if (size != Long.parseLong(arg)) {
                            throw new IllegalStateException(instructions + ": wrote " + size + " bytes, not " + arg);
                        }
                    }
                    default -> throw new IllegalArgumentException(instructions + ": unknown instruction " + op);
                }
            }
        } finally {
            if (out != null) {
                out.close();
            }
        }
    }

    private static byte[] bytes(String escaped) {
        StringBuilder b = new StringBuilder(escaped.length());
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            if (c != '\\') {
                b.append(c);
                continue;
            }
            char next = escaped.charAt(++i);
            switch (next) {
                case 'n' -> b.append('\n');
                case 't' -> b.append('\t');
                case 'u' -> {
                    b.append((char) Integer.parseInt(escaped.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> b.append(next);
            }
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }
}
