package odsim.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import odsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/** The page offers every shipped scenario, each the one in scenarios/, and nothing by path. */
class ScenarioCatalogTest {
    @Test
    void everyShippedScenarioIsOfferedAsItIsInTheScenariosFolder() throws IOException {
        Set<String> files = new TreeSet<>();
        files.add("baseline");
        for (String folder : new String[] {"teaching", "levers", "packages"}) {
            try (Stream<Path> s = Files.list(Path.of("scenarios", folder))) {
                s.filter(p -> p.toString().endsWith(".yaml")).forEach(p -> files.add(folder + "/" + ScenarioLoader.stem(p)));
            }
        }
        assertEquals(files, new TreeSet<>(ScenarioCatalog.SHIPPED), "scenarios/ and ScenarioCatalog.SHIPPED differ");
        ScenarioCatalog catalog = ScenarioCatalog.load(null);
        for (String id : ScenarioCatalog.SHIPPED) {
            assertEquals(ScenarioLoader.load(Path.of("scenarios", id + ".yaml")), catalog.get(id).scenario(), id);
        }
        assertNull(catalog.get("scenarios/baseline.yaml"));
        assertNull(catalog.get("../baseline"));
        assertEquals("teaching/fentanyl-arrives", catalog.first().id());
    }

    @Test
    void aScenarioGivenAtStartUpComesFirst() {
        ScenarioCatalog catalog = ScenarioCatalog.load(Path.of("scenarios/levers/opc.yaml"));
        assertEquals("yours", catalog.first().id());
        assertEquals("opc", catalog.first().scenario().name());
        assertEquals(ScenarioCatalog.SHIPPED.size() + 1, catalog.all().size());
    }
}
