package org.valueexchange.reports.check;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.Optional;
import org.valueexchange.core.alert.Alert;
import org.valueexchange.core.alert.Severity;
import org.valueexchange.core.balance.BalanceIndex;
import org.valueexchange.core.balance.PeriodBalance;
import org.valueexchange.core.portfolio.AccountReview;
import org.valueexchange.core.tier.Tier;
import org.valueexchange.reports.plan.Location;

/**
 * The stable JSON document described in {@code docs/cli.md}. Written field by field, so the
 * key order is the documented one; decimals are exact, never binary floating point.
 */
final class JsonReport implements ReportWriter {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    // The same bytes on every platform: '\n' line ends, two-space indents, "key": value.
    private static final DefaultIndenter INDENTER = new DefaultIndenter("  ", "\n");
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator(""))
            .withObjectIndenter(INDENTER)
            .withArrayIndenter(INDENTER);

    @Override
    public void write(CheckReport report, Severity failOn, Writer out) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.setPrettyPrinter(PRETTY.createInstance());
            json.writeStartObject();
            json.writeArrayFieldStart("accounts");
            for (AccountCheck account : report.accounts()) {
                account(json, account);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("alerts");
            for (Alert alert : report.portfolioAlerts()) {
                alert(json, alert, Optional.empty());
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (JsonProcessingException e) {
            // Only a bug in this class gets here; Jackson's own exception types stay inside.
            throw new IllegalStateException("cannot write the JSON report: " + e.getOriginalMessage());
        }
        out.write('\n');
    }

    private static void account(JsonGenerator json, AccountCheck account) throws IOException {
        AccountReview review = account.review();
        json.writeStartObject();
        json.writeStringField("id", account.id());
        json.writeStringField("file", account.file());
        json.writeStringField("quadrant", review.quadrant().id());
        json.writeObjectFieldStart("balance");
        index(json, review.balance().index());
        json.writeStringField("status", review.balance().status().id());
        json.writeEndObject();
        json.writeArrayFieldStart("periods");
        for (PeriodBalance period : review.periods()) {
            json.writeStartObject();
            json.writeStringField("period", period.period().label());
            index(json, period.balance().index());
            json.writeStringField("status", period.status().id());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeObjectFieldStart("tier");
        nullable(json, "declared", review.tier().declared().map(Tier::id));
        nullable(json, "supported", review.tier().supported().map(Tier::id));
        json.writeEndObject();
        json.writeArrayFieldStart("alerts");
        for (Finding finding : account.findings()) {
            alert(json, finding.alert(), finding.location());
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void alert(JsonGenerator json, Alert alert, Optional<Location> location) throws IOException {
        json.writeStartObject();
        json.writeStringField("code", alert.code().id());
        json.writeStringField("severity", alert.severity().id());
        json.writeStringField("message", alert.message());
        json.writeStringField("action", alert.action());
        json.writeFieldName("line");
        if (location.isPresent()) {
            json.writeNumber(location.get().line());
        } else {
            json.writeNull();
        }
        json.writeEndObject();
    }

    private static void index(JsonGenerator json, BalanceIndex index) throws IOException {
        json.writeFieldName("index");
        Optional<BigDecimal> value = Indexes.exact(index);
        if (value.isPresent()) {
            json.writeNumber(value.get());
        } else {
            json.writeNull();
        }
    }

    private static void nullable(JsonGenerator json, String field, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            json.writeStringField(field, value.get());
        } else {
            json.writeNullField(field);
        }
    }
}
