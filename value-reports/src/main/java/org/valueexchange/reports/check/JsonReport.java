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
import java.time.LocalDate;
import java.util.Optional;
import org.valueexchange.core.alert.Alert;
import org.valueexchange.core.alert.Severity;
import org.valueexchange.core.balance.BalanceIndex;
import org.valueexchange.core.balance.PeriodBalance;
import org.valueexchange.core.objective.Objective;
import org.valueexchange.core.portfolio.AccountReview;
import org.valueexchange.core.stakeholder.Stakeholder;
import org.valueexchange.core.stakeholder.StakeholderMap;
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
            json.writeStringField("as_of", report.asOf().toString());
            json.writeArrayFieldStart("accounts");
            for (AccountCheck account : report.accounts()) {
                account(json, account);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("alerts");
            for (Finding finding : report.portfolio()) {
                json.writeStartObject();
                alertFields(json, finding);
                // The account's alerts are in its plan; the portfolio's are in value.yaml, if anywhere.
                nullable(json, "file", finding.location().map(Location::path));
                json.writeEndObject();
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
        lastReview(json, review);
        stakeholders(json, review.account().stakeholders());
        objectives(json, review);
        json.writeArrayFieldStart("alerts");
        for (Finding finding : account.findings()) {
            alert(json, finding);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void lastReview(JsonGenerator json, AccountReview review) throws IOException {
        Optional<LocalDate> last = review.account().lastReview();
        if (last.isEmpty()) {
            json.writeNullField("last_review");
            return;
        }
        json.writeObjectFieldStart("last_review");
        json.writeStringField("date", last.get().toString());
        json.writeNumberField("days", review.daysSinceReview().orElseThrow());
        json.writeEndObject();
    }

    private static void stakeholders(JsonGenerator json, StakeholderMap map) throws IOException {
        json.writeObjectFieldStart("stakeholders");
        json.writeNumberField("listed", map.people().size());
        json.writeNumberField("customer", map.customer().size());
        json.writeArrayFieldStart("champions");
        for (Stakeholder champion : map.champions()) {
            json.writeString(champion.name());
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void objectives(JsonGenerator json, AccountReview review) throws IOException {
        json.writeArrayFieldStart("objectives");
        for (Objective objective : review.account().objectives()) {
            json.writeStartObject();
            json.writeStringField("id", objective.id());
            json.writeStringField("status", objective.status().id());
            nullable(json, "due", objective.due().map(LocalDate::toString));
            json.writeNumberField("actions", objective.actions().size());
            json.writeNumberField("open", objective.actions().stream().filter(a -> !a.done()).count());
            json.writeNumberField("overdue", objective.actions().stream()
                    .filter(a -> a.isOverdue(review.asOf())).count());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void alert(JsonGenerator json, Finding finding) throws IOException {
        json.writeStartObject();
        alertFields(json, finding);
        json.writeEndObject();
    }

    private static void alertFields(JsonGenerator json, Finding finding) throws IOException {
        Alert alert = finding.alert();
        json.writeStringField("code", alert.code().id());
        json.writeStringField("severity", alert.severity().id());
        json.writeStringField("message", finding.message());
        json.writeStringField("action", alert.action());
        json.writeFieldName("line");
        if (finding.location().isPresent()) {
            json.writeNumber(finding.location().get().line());
        } else {
            json.writeNull();
        }
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
