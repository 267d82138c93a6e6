package odsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParameterReferenceTest {
    @Test
    void scenariosReadmeIsUpToDate() throws IOException {
        String expected = ParameterReference.markdown();
        String actual = Files.readString(Path.of("scenarios/README.md"));
        assertEquals(expected, actual, "scenarios/README.md is out of date: run "
                + "'java -jar target/odsim.jar params > scenarios/README.md'");
    }

    /** Every parameter says where its default comes from, its unit and its meaning. */
    @Test
    void everyParameterIsDocumentedAndCited() {
        check(Scenario.class);
    }

    private static void check(Class<?> type) {
        for (RecordComponent c : type.getRecordComponents()) {
            Param p = c.getAnnotation(Param.class);
            if (p != null) {
                assertFalse(p.source().isBlank(), c + " has no source");
                assertFalse(p.unit().isBlank(), c + " has no unit");
                assertFalse(p.doc().isBlank(), c + " has no meaning");
            } else if (c.getType().isRecord()) {
                check(c.getType());
            } else if (c.getType() == List.class) {
                check((Class<?>) ((ParameterizedType) c.getGenericType()).getActualTypeArguments()[0]);
            } else {
                throw new AssertionError(c + " is neither a parameter nor a section");
            }
        }
    }

    @Test
    void defaultsLoad() {
        Scenario s = ScenarioLoader.defaults("d");
        assertTrue(s.population().agents() > 0);
    }
}
