package org.valueexchange.cli;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.valueexchange.core.alert.Severity;
import org.valueexchange.reports.check.CheckFormat;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The values of enumerated options, by their ids ({@code json}, {@code warning}) in any case,
 * for parsing, for {@code ${COMPLETION-CANDIDATES}} in help and for shell completion.
 */
final class Choices {

    private Choices() {
    }

    static final class FormatConverter implements ITypeConverter<CheckFormat> {
        @Override
        public CheckFormat convert(String value) {
            return CheckFormat.byId(value.toLowerCase(Locale.ROOT)).orElseThrow(() -> new TypeConversionException(
                    "expected one of " + String.join(", ", CheckFormat.ids()) + " but was '" + value + "'"));
        }
    }

    static final class FormatIds implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return CheckFormat.ids().iterator();
        }
    }

    static final class SeverityConverter implements ITypeConverter<Severity> {
        @Override
        public Severity convert(String value) {
            return Arrays.stream(Severity.values()).filter(s -> s.id().equals(value.toLowerCase(Locale.ROOT)))
                    .findFirst().orElseThrow(() -> new TypeConversionException(
                            "expected one of " + String.join(", ", SeverityIds.IDS) + " but was '" + value + "'"));
        }
    }

    static final class SeverityIds implements Iterable<String> {
        static final List<String> IDS = Arrays.stream(Severity.values()).map(Severity::id).toList();

        @Override
        public Iterator<String> iterator() {
            return IDS.iterator();
        }
    }
}
