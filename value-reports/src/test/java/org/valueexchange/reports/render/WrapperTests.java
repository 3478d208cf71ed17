package org.valueexchange.reports.render;

import static org.assertj.core.api.Assertions.assertThat;

import freemarker.ext.util.WrapperTemplateModel;
import freemarker.template.Configuration;
import freemarker.template.SimpleObjectWrapper;
import freemarker.template.SimpleSequence;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;
import freemarker.template.WrappingTemplateModel;
import freemarker.template.TemplateModelException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The templates' wrapper, with its shortcuts, wraps every value as FreeMarker's plain wrapper does. */
class WrapperTests {

    private final Templates.Wrapper ours = new Templates.Wrapper();
    private final SimpleObjectWrapper plain = new SimpleObjectWrapper(Configuration.VERSION_2_3_33);

    @Test
    void wrapsEachKindOfValueAsThePlainWrapper() throws TemplateModelException {
        LinkedHashMap<String, Object> linked = new LinkedHashMap<>(Map.of("a", "b"));
        List<Object> values = List.of("text", "", Boolean.TRUE, Boolean.FALSE, 3, 4L, new BigDecimal("1.5"), 2.5,
                linked, new HashMap<>(Map.of("k", 1)), Map.of(), Map.of("a", 1), Map.of("a", 1, "b", 2, "c", 3),
                Collections.unmodifiableMap(linked), List.of(), List.of("x"), List.of("x", "y", "z"),
                new ArrayList<>(List.of(1, 2)), Stream.of(1, 2, 3).toList(), Set.of(1), HtmlOutputFormat.markup("<b>x</b>"));
        for (Object value : values) {
            TemplateModel wrapped = ours.wrap(value);
            TemplateModel expected = plain.wrap(value);
            assertThat(wrapped.getClass()).as("%s (%s)", value, value.getClass()).isEqualTo(expected.getClass());
            // The same content, and nested values wrapped by this wrapper.
            if (wrapped instanceof WrapperTemplateModel adapter) {
                assertThat(adapter.getWrappedObject()).isSameAs(((WrapperTemplateModel) expected).getWrappedObject());
            }
            if (wrapped instanceof WrappingTemplateModel container && !(expected instanceof SimpleSequence)) {
                assertThat(container.getObjectWrapper()).isSameAs(ours);
            }
            if (wrapped instanceof TemplateScalarModel scalar) {
                assertThat(scalar.getAsString()).isEqualTo(((TemplateScalarModel) expected).getAsString());
            }
            if (wrapped instanceof TemplateNumberModel number) {
                assertThat(number.getAsNumber()).isEqualTo(((TemplateNumberModel) expected).getAsNumber());
            }
        }
        assertThat(ours.wrap(Boolean.TRUE)).isSameAs(plain.wrap(Boolean.TRUE));
        assertThat(ours.wrap(Boolean.FALSE)).isSameAs(plain.wrap(Boolean.FALSE));
        assertThat(ours.wrap(null)).isEqualTo(plain.wrap(null));
    }
}
