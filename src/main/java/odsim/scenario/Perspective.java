package odsim.scenario;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Whose costs count: the one place that says which sectors feed each perspective (each cost
 * category of {@code odsim.economics.CostCategory} belongs to one sector). The government perspective is every public budget; the societal one
 * adds the value of lives lost.
 */
public enum Perspective {
    HEALTH_SYSTEM("health system", EnumSet.of(Sector.HEALTH)),
    CRIMINAL_JUSTICE("criminal justice", EnumSet.of(Sector.CRIMINAL_JUSTICE)),
    GOVERNMENT("government total", EnumSet.of(Sector.HEALTH, Sector.CRIMINAL_JUSTICE, Sector.SOCIAL_SERVICES)),
    SOCIETAL("societal, with the value of lives lost",
            EnumSet.of(Sector.HEALTH, Sector.CRIMINAL_JUSTICE, Sector.SOCIAL_SERVICES, Sector.LIVES));

    public static final Perspective[] ALL = values();

    public final String description;
    private final Set<Sector> sectors;

    Perspective(String description, Set<Sector> sectors) {
        this.description = description;
        this.sectors = sectors;
    }

    public boolean includes(Sector s) {
        return sectors.contains(s);
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
