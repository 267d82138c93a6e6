package odsim.scenario;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Describes one scenario parameter on the record component that holds it: its default, unit,
 * allowed range and the source of the default. The loader, the resolved-scenario writer and the
 * parameter reference all read this one annotation, so a default is written down exactly once.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Param {
    /** The default, written as it would be in a scenario file. */
    String value();

    /** Unit, e.g. {@code per year}, {@code probability per event}, {@code days}, {@code USD}. */
    String unit();

    /** Smallest allowed value (numbers and the values of dated curves). */
    double min() default Double.NEGATIVE_INFINITY;

    /** Largest allowed value. */
    double max() default Double.POSITIVE_INFINITY;

    /** Where the default comes from (author, year, what the figure is), or {@code assumption: why}. */
    String source();

    /** What the parameter means, in one line. */
    String doc();
}
