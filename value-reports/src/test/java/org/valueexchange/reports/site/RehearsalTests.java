package org.valueexchange.reports.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valueexchange.reports.Fixture;
import org.valueexchange.reports.render.RenderException;
import org.valueexchange.reports.render.Renderer;

/**
 * When a preview stops rehearsing edits: once the compiler has settled, or at the limits, or
 * at the first round that fails; and that a real rehearsal leaves the site as it was.
 */
class RehearsalTests {

    @TempDir
    Path tmp;

    /** A clock and a compiler total the test moves: each round takes 100 ms and compiles for {@code compiling}. */
    private long nanos;
    private long compiled;
    private final List<Long> compiling = new ArrayList<>();
    private final List<String> rounds = new ArrayList<>();

    private Rehearsal rehearsal(boolean toldCompileTime) {
        return new Rehearsal((round, of) -> {
            rounds.add(round + "/" + of);
            nanos += 100_000_000L;
            compiled += compiling.isEmpty() ? 0 : compiling.remove(0);
        }, () -> toldCompileTime ? OptionalLong.of(compiled) : OptionalLong.empty(), () -> nanos);
    }

    private static int runOut(Rehearsal rehearsal) throws Exception {
        while (rehearsal.wanted()) {
            rehearsal.round();
        }
        return rehearsal.rounds();
    }

    @Test
    void stopsAfterThreeRoundsInARowThatCompiledForLessThanAQuarterOfTheirTime() throws Exception {
        // 100 ms rounds: 25 ms of compiling or more is not quiet; 24 is.
        compiling.addAll(List.of(300L, 80L, 24L, 10L, 25L, 0L, 24L, 1L, 300L));
        Rehearsal rehearsal = rehearsal(true);
        assertThat(runOut(rehearsal)).isEqualTo(8);
        assertThat(rounds).containsExactly("0/60", "1/60", "2/60", "3/60", "4/60", "5/60", "6/60", "7/60");
        assertThat(rehearsal.millis()).isEqualTo(800);
        assertThatThrownBy(rehearsal::round).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("after 8");
    }

    @Test
    void aCompilerThatNeverSettlesIsRehearsedForAtMostSixtyRounds() throws Exception {
        for (int i = 0; i < 100; i++) {
            compiling.add(50L);
        }
        assertThat(runOut(rehearsal(true))).isEqualTo(Rehearsal.MAX_ROUNDS);
        assertThat(rounds).last().isEqualTo("59/60");
    }

    @Test
    void roundsStopOnceTheyTookHalfAMinuteInAll() throws Exception {
        Rehearsal rehearsal = new Rehearsal((round, of) -> {
            nanos += 7_000_000_000L;
            compiled += 5_000;
        }, () -> OptionalLong.of(compiled), () -> nanos);
        // 7 s a round: the fifth passes 30 s.
        assertThat(runOut(rehearsal)).isEqualTo(5);
    }

    @Test
    void withoutTheCompilersTimeTwentyRoundsAreRehearsed() throws Exception {
        assertThat(runOut(rehearsal(false))).isEqualTo(Rehearsal.BLIND_ROUNDS);
    }

    @Test
    void aRoundThatFailsEndsTheRehearsalAndIsTold() throws Exception {
        RenderException broken = new RenderException("broken template", null);
        Rehearsal rehearsal = new Rehearsal((round, of) -> {
            if (round == 1) {
                throw broken;
            }
        }, () -> OptionalLong.of(0), () -> nanos);
        rehearsal.round();
        assertThat(rehearsal.wanted()).isTrue();
        assertThatThrownBy(rehearsal::round).isSameAs(broken);
        assertThat(rehearsal.wanted()).isFalse();
        assertThat(rehearsal.rounds()).isEqualTo(2);
    }

    @Test
    void aRealRehearsalRunsOutAndLeavesTheSiteAndThePlansAsTheyWere() throws Exception {
        Path plans = tmp.resolve("plans");
        Fixture.copyTo(plans);
        Path site = tmp.resolve("site");
        LiveSite live = new LiveSite(Renderer.create(Optional.empty()), () -> Fixture.AS_OF, plans, site);
        assertThat(live.build().ok()).isTrue();
        Map<String, byte[]> before = Fixture.files(site);
        Map<String, byte[]> planBytes = Fixture.files(plans);
        Map<String, FileTime> times = times(site, before);

        Rehearsal rehearsal = Rehearsal.of(live);
        int rounds = runOut(rehearsal);

        assertThat(rounds).isBetween(1, Rehearsal.MAX_ROUNDS);
        assertThat(Fixture.files(plans).keySet()).isEqualTo(planBytes.keySet());
        Map<String, byte[]> after = Fixture.files(site);
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((name, bytes) -> assertThat(after.get(name)).as(name).isEqualTo(bytes));
        assertThat(times(site, before)).isEqualTo(times);
        assertThat(live.update().written()).isEmpty();
    }

    private static Map<String, FileTime> times(Path site, Map<String, byte[]> files) throws IOException {
        Map<String, FileTime> times = new HashMap<>();
        for (String name : files.keySet()) {
            times.put(name, Files.getLastModifiedTime(site.resolve(name)));
        }
        return times;
    }

    @Test
    void aRehearsalBeforeAnyGoodBuildDoesNothing() throws Exception {
        Path site = tmp.resolve("site");
        LiveSite live = new LiveSite(Renderer.create(Optional.empty()), () -> LocalDate.of(2026, 1, 1),
                tmp.resolve("no-plans"), site);
        live.rehearse(0, 1);
        assertThat(site).doesNotExist();
        assertThatThrownBy(() -> live.rehearse(0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
