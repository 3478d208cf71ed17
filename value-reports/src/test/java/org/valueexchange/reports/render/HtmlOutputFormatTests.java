package org.valueexchange.reports.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlOutputFormatTests {

    @Test
    void escapesTheFiveAndWritesEverythingBeyondAsciiAsReferences() {
        assertThat(HtmlOutputFormat.escape("plain")).isSameAs("plain");
        assertThat(HtmlOutputFormat.escape("<a href=\"x\" title='y'>&</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
        assertThat(HtmlOutputFormat.escape("\u2212 \u00b1 caf\u00e9 \ud83d\ude00"))
                .isEqualTo("&#8722; &#177; caf&#233; &#128512;");
    }

    @Test
    void loneSurrogatesAndC1ControlsBecomeTheReplacementCharacter() {
        // HTML reads &#128; to &#159; as windows-1252 characters (&#128; is the euro sign).
        assertThat(HtmlOutputFormat.escape("a\u0080b\u009fc")).isEqualTo("a&#65533;b&#65533;c");
        assertThat(HtmlOutputFormat.escape("x\ud83dy\ude00")).isEqualTo("x&#65533;y&#65533;");
        assertThat(HtmlOutputFormat.nonAscii("<p>\u00a0\ud83d</p>")).isEqualTo("<p>&#160;&#65533;</p>");
    }
}
