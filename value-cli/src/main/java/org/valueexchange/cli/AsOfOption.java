package org.valueexchange.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --as-of YYYY-MM-DD}, shared by the commands that analyse: the day that findings which
 * depend on time (stale plans and contacts, overdue actions) are judged on. Today by default;
 * fixing it makes a run repeatable, e.g. in CI.
 */
final class AsOfOption {

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
            description = "The day time-dependent findings (stale plans and contacts, overdue actions) are judged"
                    + " on. Default: today.")
    Optional<LocalDate> asOf = Optional.empty();

    /** The date given, or today's on this machine's clock. */
    LocalDate date() {
        return asOf.orElseGet(LocalDate::now);
    }

    static final class DateConverter implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                try {
                    return LocalDate.parse(value);
                } catch (DateTimeParseException e) {
                    throw new TypeConversionException("'" + value + "' is not a real date");
                }
            }
            throw new TypeConversionException("expected a date as YYYY-MM-DD, e.g. 2026-11-24, but was '" + value + "'");
        }
    }
}
