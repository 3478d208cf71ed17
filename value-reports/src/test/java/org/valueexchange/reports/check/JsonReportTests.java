package org.valueexchange.reports.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.valueexchange.reports.check.CheckFixtures.everyAlert;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valueexchange.core.alert.Severity;

class JsonReportTests {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @TempDir
    Path dir;

    private JsonNode json() throws IOException {
        return JSON.readTree(CheckFixtures.write(CheckFormat.JSON, everyAlert(dir), Severity.ERROR));
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    @Test
    void writesTheDocumentedKeysInTheDocumentedOrder() throws IOException {
        JsonNode root = json();
        assertThat(keys(root)).containsExactly("as_of", "accounts", "alerts");
        assertThat(root.get("as_of").asText()).isEqualTo("2026-11-24");
        JsonNode acme = root.get("accounts").get(0);
        assertThat(keys(acme)).containsExactly("id", "file", "quadrant", "balance", "periods", "tier", "last_review",
                "stakeholders", "objectives", "alerts");
        assertThat(keys(acme.get("last_review"))).containsExactly("date", "days");
        assertThat(keys(acme.get("stakeholders"))).containsExactly("listed", "customer", "champions");
        assertThat(keys(acme.get("balance"))).containsExactly("index", "status");
        assertThat(keys(acme.get("periods").get(0))).containsExactly("period", "index", "status");
        assertThat(keys(acme.get("tier"))).containsExactly("declared", "supported");
        assertThat(keys(acme.get("alerts").get(0))).containsExactly("code", "severity", "message", "action", "line");
        assertThat(keys(root.get("alerts").get(0))).containsExactly("code", "severity", "message", "action", "line",
                "file");
    }

    @Test
    void describesEachAccount() throws IOException {
        JsonNode acme = json().get("accounts").get(0);
        assertThat(acme.get("id").asText()).isEqualTo("acme");
        assertThat(acme.get("file").asText()).endsWith("accounts/acme.yaml");
        assertThat(acme.get("quadrant").asText()).isEqualTo("partnership");
        // (100000 - 120000) / 220000 = -0.090909..., to four places half-even
        assertThat(acme.get("balance").get("index").decimalValue()).isEqualByComparingTo(new BigDecimal("-0.0909"));
        assertThat(acme.get("balance").get("status").asText()).isEqualTo("in-equilibrium");
        assertThat(acme.get("periods")).hasSize(1);
        assertThat(acme.get("periods").get(0).get("period").asText()).isEqualTo("2026-Q1");
        assertThat(acme.get("tier").get("declared").asText()).isEqualTo("key");
        assertThat(acme.get("tier").get("supported").asText()).isEqualTo("key");

        JsonNode alert = acme.get("alerts").get(0);
        assertThat(alert.get("code").asText()).isEqualTo("discount-breaks-equilibrium");
        assertThat(alert.get("severity").asText()).isEqualTo("warning");
        assertThat(alert.get("message").asText()).contains("Procurement, EMEA: 100% <urgent> & co\uFFFE");
        assertThat(alert.get("action").asText()).isNotBlank();
        assertThat(alert.get("line").asInt()).isEqualTo(8);
    }

    @Test
    void writesEveryPeriodOfTheLedger() throws IOException {
        JsonNode globex = json().get("accounts").get(1);
        assertThat(globex.get("periods")).extracting(p -> p.get("period").asText())
                .containsExactly("2025-Q3", "2025-Q4", "2026-Q1");
        assertThat(globex.get("periods")).allSatisfy(p -> {
            assertThat(p.get("index").decimalValue()).isEqualByComparingTo(new BigDecimal("-0.5"));
            assertThat(p.get("status").asText()).isEqualTo("vendor-overinvesting");
        });
        assertThat(globex.get("alerts").get(0).get("code").asText()).isEqualTo("sustained-imbalance");
        assertThat(globex.get("alerts").get(0).get("severity").asText()).isEqualTo("error");
    }

    @Test
    void writesNullWhereThereIsNothingToSay() throws IOException {
        JsonNode initech = json().get("accounts").get(2);
        assertThat(initech.get("balance").get("index").isNull()).isTrue();
        assertThat(initech.get("balance").get("status").asText()).isEqualTo("no-evidence");
        assertThat(initech.get("periods")).isEmpty();
        assertThat(initech.get("tier").get("declared").isNull()).isTrue();
        assertThat(initech.get("tier").get("supported").asText()).isEqualTo("key");
        assertThat(initech.get("alerts").get(0).get("severity").asText()).isEqualTo("info");
    }

    @Test
    void writesPortfolioWideAlertsAtTheTop() throws IOException {
        JsonNode alerts = json().get("alerts");
        assertThat(alerts).hasSize(1);
        assertThat(alerts.get(0).get("code").asText()).isEqualTo("tier-over-capacity");
        assertThat(alerts.get(0).get("severity").asText()).isEqualTo("error");
        assertThat(alerts.get(0).get("message").asText()).contains("over capacity: acme");
        // The capacity exceeded, where value.yaml sets it.
        assertThat(alerts.get(0).get("line").asInt()).isEqualTo(5);
        assertThat(alerts.get(0).get("file").asText()).endsWith("/value.yaml");
    }

    @Test
    void writesTheSameBytesOnEveryPlatform() throws IOException {
        String text = CheckFixtures.write(CheckFormat.JSON, everyAlert(dir), Severity.ERROR);
        assertThat(text).doesNotContain("\r").startsWith("{\n  \"as_of\": \"2026-11-24\",\n  \"accounts\": [\n").endsWith("}\n");
        assertThat(text).contains("\"index\": -0.0909,").contains("\"index\": -0.5000,");
    }

    @Test
    void anEmptyPortfolioIsTwoEmptyLists() throws IOException {
        String text = CheckFixtures.write(CheckFormat.JSON, CheckFixtures.load(dir), Severity.ERROR);
        assertThat(text).isEqualTo("{\n  \"as_of\": \"2026-11-24\",\n  \"accounts\": [],\n  \"alerts\": []\n}\n");
    }
}
