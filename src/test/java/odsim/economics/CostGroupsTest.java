package odsim.economics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Issue 19: costs are shown in at most eight groups, every paid category in one of them, lives lost apart. */
class CostGroupsTest {
    @Test
    void everyPaidCategoryIsInAShownGroup() {
        assertTrue(CostCategory.Group.ALL.length <= 8, "a legend a reader can follow");
        for (CostCategory c : CostCategory.ALL) {
            if (c.measure == null) assertEquals(CostCategory.Group.LIVES, c.group, c.name());
            else assertTrue(c.group != CostCategory.Group.LIVES, c.name() + " is a cost paid");
        }
        for (CostCategory.Group g : CostCategory.Group.ALL) {
            assertTrue(java.util.Arrays.stream(CostCategory.ALL).anyMatch(c -> c.group == g), g + " holds a category");
        }
    }
}
