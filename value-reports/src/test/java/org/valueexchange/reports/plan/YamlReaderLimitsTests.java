package org.valueexchange.reports.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each limit at its edge: a file exactly at the limit reads, one unit over it is refused
 * with a message naming the file, the place and the limit. Small limits keep the files
 * small; the hostile corpus ({@link HostileInputsTests}) tries the defaults.
 */
class YamlReaderLimitsTests {

    private static final YamlReader.Limits SMALL = new YamlReader.Limits(200, 40, 3, 12, 10, 6);

    @TempDir
    Path tmp;

    private static List<String> read(String yaml) {
        return read(yaml.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> read(byte[] bytes) {
        YamlReader.Result result = new YamlReader(SMALL).read(bytes, "a.yaml");
        assertThat(result.root().isPresent()).isEqualTo(result.problems().isEmpty());
        return result.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void fileSize() throws IOException {
        String atLimit = "a: 1\n" + ("#" + "c".repeat(38) + "\n").repeat(4) + "#".repeat(34) + "\n";
        assertThat(atLimit).hasSize(200);
        assertThat(read(atLimit)).isEmpty();
        assertThat(read(atLimit + "#")).containsExactly(
                "a.yaml:1:1: the file is 201 bytes, more than the limit of 200 bytes for a plan");
        Path file = Files.writeString(tmp.resolve("a.yaml"), atLimit + "#");
        assertThat(new YamlReader(SMALL).read(file, "a.yaml").problems()).extracting(Problem::toString)
                .containsExactly("a.yaml:1:1: the file is 201 bytes, more than the limit of 200 bytes for a plan");
    }

    @Test
    void lineLength() {
        assertThat(read("a: 1\n#" + "x".repeat(39) + "\n")).isEmpty();
        assertThat(read("a: 1\n#" + "x".repeat(40) + "\n")).containsExactly(
                "a.yaml:2:41: line longer than the limit of 40 characters; break long text over several lines");
        assertThat(read("a: 1\r\n#" + "x".repeat(40))).hasSize(1);
        assertThat(read("a: 1\r#" + "x".repeat(40))).hasSize(1);
    }

    @Test
    void depth() {
        assertThat(read("a: {b: [1]}\n")).isEmpty();
        assertThat(read("a: {b: [[1]]}\n")).containsExactly(
                "a.yaml:1:10: nesting deeper than the limit of 3 levels");
    }

    @Test
    void values() {
        assertThat(read("[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]\n")).isEmpty();
        assertThat(read("[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]\n")).containsExactly(
                "a.yaml:1:37: more than the limit of 12 values in one file; split the plan");
    }

    @Test
    void stringAndKeyLength() {
        assertThat(read("abcdefghij: abcdefghij\n")).isEmpty();
        assertThat(read("a: abcdefghijk\n")).containsExactly(
                "a.yaml:1:4: a string of 11 characters, more than the limit of 10");
        assertThat(read("abcdefghijk: a\n")).containsExactly(
                "a.yaml:1:1: a string of 11 characters, more than the limit of 10");
    }

    @Test
    void numberLengthAndDigitsWrittenOut() {
        assertThat(read("a: [123456, 1.2345, -0.001]\n")).isEmpty();
        assertThat(read("a: 1234567\n")).containsExactly(
                "a.yaml:1:4: a number of 7 characters, more than the limit of 6");
        assertThat(read("a: 1e7\n")).containsExactly(
                "a.yaml:1:4: the number 1e7 has more digits written out in full than the limit of 6");
        assertThat(read("a: 1e-7\n")).containsExactly(
                "a.yaml:1:4: the number 1e-7 has more digits written out in full than the limit of 6");
    }

    @Test
    void aliasesAreRefusedWhateverTheLimits() {
        assertThat(read("a: &x 1\nb: *x\n")).containsExactly(
                "a.yaml:2:4: aliases (*x) are not allowed in plans; write the value out");
    }

    @Test
    void aFolderOrAMissingFileIsAProblemNotAnException() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("d.yaml"));
        assertThat(new YamlReader(SMALL).read(dir, "d.yaml").problems()).extracting(Problem::toString)
                .containsExactly("d.yaml:1:1: not a regular file; a plan is a YAML file");
        assertThat(new YamlReader(SMALL).read(tmp.resolve("none.yaml"), "none.yaml").problems())
                .extracting(Problem::toString).containsExactly("none.yaml:1:1: no such file");
    }

    @Test
    void theDefaultsAreTheDocumentedOnes() {
        assertThat(YamlReader.Limits.DEFAULT).isEqualTo(
                new YamlReader.Limits(8 * 1024 * 1024, 65_536, 32, 100_000, 1_048_576, 64));
    }
}
