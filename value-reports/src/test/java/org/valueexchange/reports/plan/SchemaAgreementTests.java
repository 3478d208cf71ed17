package org.valueexchange.reports.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The JSON Schemas that editors use and the loader agree: on the examples and on the invalid corpus. */
class SchemaAgreementTests {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    /** Mistakes only the loader can see, and why. */
    private static final Map<String, String> LOADER_ONLY = Map.ofEntries(
            Map.entry("19-units-without-rate", "needs the rate card in value.yaml"),
            Map.entry("22-duplicate-account-ids", "needs every file"),
            Map.entry("23-currency-mismatch", "needs the currency in value.yaml"),
            Map.entry("29-two-documents", "a schema validates one document"),
            Map.entry("31-file-name-not-an-id", "a schema does not see file names"),
            Map.entry("39-tier-not-in-custom-ladder", "needs the tiers in value.yaml"),
            Map.entry("17-unknown-tier", "a plan may use any tier id that value.yaml defines"),
            Map.entry("44-reports-to-unknown-name", "needs every stakeholder's name"),
            Map.entry("45-reports-to-circle", "needs to follow reports_to from person to person"),
            Map.entry("46-stakeholder-listed-twice", "needs every stakeholder's name"),
            Map.entry("47-relationship-target-below-current", "a schema does not order enum values"),
            Map.entry("52-objective-id-used-twice", "needs every objective's id"),
            Map.entry("61-exchanges-span-centuries", "a schema does not compare one date with another"),
            Map.entry("64-numbers-yaml-readers-disagree-on", "a schema sees the number a YAML reader made, not how"
                    + " it was written"));

    private static JsonSchema schema(String name) {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        try (InputStream in = PlanLoader.class.getResourceAsStream("/schema/" + name)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final JsonSchema ACCOUNT = schema("account.schema.json");
    private static final JsonSchema SETTINGS = schema("value.schema.json");

    /** The schema's complaints about one file; unreadable YAML counts as one. */
    static Set<String> schemaErrors(Path file) {
        JsonNode node;
        try {
            node = YAML.readTree(file.toFile());
        } catch (IOException e) {
            return Set.of("not YAML: " + e.getMessage());
        }
        if (node == null || node.isMissingNode()) {
            node = NullNode.getInstance();
        }
        JsonSchema schema = file.getFileName().toString().equals(PlanLoader.SETTINGS_FILE) ? SETTINGS : ACCOUNT;
        return schema.validate(node).stream().map(ValidationMessage::getMessage).collect(java.util.stream.Collectors.toSet());
    }

    private static List<Path> yamlFiles(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> PlanLoader.isPlanFileName(p.getFileName().toString())).sorted().toList();
        }
    }

    static Stream<Path> invalidCases() throws Exception {
        return InvalidPlansTests.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidCases")
    void theSchemaRejectsWhatTheLoaderRejects(Path dir) throws IOException {
        boolean rejected = false;
        for (Path file : yamlFiles(dir)) {
            rejected |= !schemaErrors(file).isEmpty();
        }
        String name = dir.getFileName().toString();
        assertThat(rejected).as("%s: schema rejects (loader-only: %s)", name, LOADER_ONLY.get(name))
                .isEqualTo(!LOADER_ONLY.containsKey(name));
    }

    @Test
    void theSchemaAndTheLoaderAcceptEveryExample() throws IOException {
        Path examples = Path.of("..", "examples");
        assumeTrue(Files.isDirectory(examples.resolve("accounts")), "examples/accounts is not there yet");
        for (Path file : yamlFiles(examples)) {
            assertThat(schemaErrors(file)).as("%s", file).isEmpty();
        }
        assertThat(new PlanLoader().load(examples).problems()).isEmpty();
    }

    @Test
    void theSchemaAcceptsWhatTheWriterWrites() {
        assertThat(SETTINGS.validate(readTree(PlanWriter.write(
                org.valueexchange.core.portfolio.Settings.defaults(java.util.Currency.getInstance("GBP")))))).isEmpty();
    }

    @Test
    void theSchemaAndTheLoaderAgreeOnWindowsDeviceNamesAsIds() {
        for (String id : List.of("con", "nul", "com1", "lpt9", "aux.emea", "prn.x.y", "console", "conx", "a.con",
                "com10", "nul-1")) {
            String plan = "id: " + id + "\nname: A\nsegment: s\norientation: {intellectual: 1, emotional: 1}\n";
            boolean schemaRefuses = !ACCOUNT.validate(readTree(plan)).isEmpty();
            assertThat(schemaRefuses).as(id).isEqualTo(AccountReader.isReservedOnWindows(id));
        }
    }

    private static JsonNode readTree(String yaml) {
        try {
            return YAML.readTree(yaml);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
