package odsim.report;

import static odsim.report.Html.escape;
import static odsim.report.Numbers.interval;
import static odsim.report.Numbers.millions;
import static odsim.report.Numbers.whole;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import odsim.economics.Appraisal;
import odsim.economics.CostCategory;
import odsim.economics.Frontier;
import odsim.economics.Outcomes;
import odsim.model.LifeTable;
import odsim.results.Statistics;
import odsim.scenario.ComparisonFile;
import odsim.scenario.Ensemble;
import odsim.scenario.Param;
import odsim.scenario.Perspective;
import odsim.scenario.Scenario;
import odsim.scenario.Valuation;

/**
 * Writes {@code report.html}: one self-contained page for policy staff (inline CSS and SVG, no
 * scripts, no network) with the question, the scenarios in plain words, the headline table with
 * intervals, the ranking, the frontier, costs by perspective and category, the charts, the
 * assumptions and the sources of defaults. All text from scenario and comparison files is
 * escaped. Every number it shows is also written to {@code report.csv}.
 */
public final class ReportWriter {
    private static final String CSS = """
            body{font-family:"DejaVu Sans",Arial,Helvetica,sans-serif;max-width:70rem;margin:2rem auto;padding:0 1rem;color:#222;line-height:1.45}
            h1{font-size:1.6rem;margin-bottom:.3rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ccc}
            table{border-collapse:collapse;margin:.5rem 0 1rem;font-size:.9rem}th,td{border:1px solid #ccc;padding:.3rem .5rem;vertical-align:top}
            th{background:#f3f3f3;text-align:left}td.n{text-align:right;white-space:nowrap}.ci{color:#666;font-size:.85em}td.n .ci{display:block}
            figure{margin:1rem 0 2rem}figure svg{width:100%;height:auto;border:1px solid #eee}figcaption{font-weight:bold}
            .note{color:#555;font-size:.9rem}.lede{font-size:1.05rem}
            .read{border-left:4px solid #b35806;background:#fdf6ee;padding:.4rem 1rem;margin:1rem 0}.read h2{border:0;margin-top:.4rem}
            nav.toc ol{columns:2;font-size:.95rem}dl.glossary dt{font-weight:bold;margin-top:.4rem}dl.glossary dd{margin-left:1.5rem}
            @media print{body{max-width:none;margin:0}h2,figcaption{break-after:avoid;page-break-after:avoid}
            figure,table,.read,li{break-inside:avoid;page-break-inside:avoid}nav.toc{break-after:page}a{color:inherit;text-decoration:none}}
            """;

    private final ComparisonResults results;
    private final ReportCsv csv;
    private final StringBuilder h = new StringBuilder(1 << 16);

    private ReportWriter(ComparisonResults results, ReportCsv csv) {
        this.results = results;
        this.csv = csv;
    }

    /** Writes the report, and adds its numbers to {@code csv}. */
    public static void write(ComparisonResults results, List<Charts.Chart> charts, ReportCsv csv, Path file) throws IOException {
        odsim.results.AtomicFile.writeString(file, new ReportWriter(results, csv).html(charts));
    }

    private String html(List<Charts.Chart> charts) {
        ComparisonFile settings = results.settings();
        Scenario base = results.baseline();
        String title = settings.question().equals("-") ? "Overdose deaths and costs: " + base.name() + " and its alternatives" : settings.question();
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(title)).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        h.append("<h1>").append(escape(title)).append("</h1>\n");
        h.append("<p class=\"lede\">Simulated ").append(period())
                .append(" for a region of ").append(whole(base.population().regionPopulation())).append(" residents. ")
                .append(runsInWords()).append(" of ").append(whole(base.population().agents()))
                .append(" simulated people at risk per scenario. Costs from the ").append(escape(settings.perspective().description))
                .append(" perspective, discounted at ").append(Charts.percent(settings.discountRate())).append(" a year.</p>\n");
        howToRead();
        h.append(CONTENTS);
        summary();
        scenarios();
        headline();
        ranking();
        frontier();
        perspectives();
        categories();
        h.append("<h2>Charts</h2>\n");
        for (Charts.Chart c : charts) {
            h.append("<figure id=\"chart-").append(escape(c.file())).append("\">\n<figcaption>").append(escape(c.title())).append("</figcaption>\n")
                    .append(c.svg()).append("\n<p class=\"note\">").append(escape(c.caption())).append(" Files: charts/")
                    .append(escape(c.file())).append(".png, charts/").append(escape(c.file())).append(".svg.</p>\n</figure>\n");
        }
        assumptions();
        glossary();
        sources();
        contents();
        h.append("<p class=\"note\">Written by odsim 0.1.0 from the comparison file '").append(escape(settings.name()))
                .append("'. Every number on this page is in report.csv beside it; "
                + "each scenario's daily series are in its folder (series.csv, summary.csv, scenario.yaml).</p>\n</body>\n</html>\n");
        return h.toString();
    }

    /**
     * What the numbers are and are not, before any of them: a reader quoting the first screen
     * should not have to find the caveats at the bottom of the page.
     */
    private void howToRead() {
        int n = results.replications();
        int warmUp = results.baseline().horizon().warmUpYears();
        Ensemble ensemble = results.ensemble();
        h.append("<section class=\"read\" id=\"how-to-read\">\n<h2>How to read these numbers</h2>\n<ul>\n");
        if (ensemble == null) {
            h.append("<li><b>The intervals hold chance alone.</b> Each is the spread of the mean over ").append(n)
                    .append(n == 1 ? " replication (one replication has no interval)" : " paired replications")
                    .append(" of one set of parameters: how much the results move when the same people meet different luck. "
                            + "They do not include what is not known about the parameters themselves, which is often larger.</li>\n");
        } else {
            h.append("<li><b>The intervals hold what the calibration leaves uncertain, and chance.</b> Every scenario ran under each of the ")
                    .append(ensemble.size()).append(" parameter sets of the ensemble <code>").append(escape(ensemble.file().getFileName().toString()))
                    .append("</code> (").append(escape(String.join(", ", ensemble.paths()))).append(")")
                    .append(", ").append(perSet(n, ensemble.size())).append(", paired: the interval is the 2.5th to 97.5th percentile of the ")
                    .append(n).append(" runs. It does not hold the uncertainty of the parameters the ensemble does not set, nor whether "
                            + "the model's mechanisms are right.</li>\n");
        }
        h.append("<li><b>How far the model is checked.</b> Its mechanisms are set beside published figures "
                        + "(deaths after release from prison, in and out of treatment, prescription-pill misuse against street use, "
                        + "fentanyl's share of deaths; <code>odsim check-model</code> writes the table, and says which figures the "
                        + "model does not yet reproduce, and why).")
                .append(ensemble == null ? " Its parameters are not fitted to this region's counts."
                        : " How its parameter sets were chosen, in the ensemble file's words: \u201c" + escape(calibrationInWords(ensemble)) + "\u201d")
                .append(warmUp > 0 ? " Every scenario starts from the same population, the one the model's own flows keep: a warm-up of "
                        + warmUp + (warmUp == 1 ? " year" : " years") + " before the start, shared, so each policy acts from the start date." : "")
                .append("</li>\n")
                .append("<li><b>What the numbers are not:</b> a forecast for a real place, or a budget. They are what the model's "
                        + "mechanisms give for a region like this one. Compare the scenarios with each other rather than with a "
                        + "real region's figures; the assumptions are listed below.</li>\n</ul>\n</section>\n");
    }

    /** "4 paired replications", or over an ensemble "40 paired runs (2 under each of 20 parameter sets)". */
    private String runsInWords() {
        int n = results.replications();
        if (results.ensemble() == null) return n + (n == 1 ? " replication" : " paired replications");
        return n + " paired runs (" + perSet(n, results.ensemble().size()) + ")";
    }

    /** "2 replications under each of 10 sets" (or, where the runs do not divide evenly, how they fall). */
    private static String perSet(int runs, int sets) {
        if (runs < sets) return "one run under each of the first " + runs + " sets";
        if (runs % sets != 0) return runs + " runs taking the sets in turn";
        int each = runs / sets;
        return (each == 1 ? "one replication" : each + " replications") + " under each of " + sets + " sets";
    }

    /** Where the ensemble's sets come from: its file's comment lines, or, without any, its name. */
    private static String calibrationInWords(Ensemble e) {
        String said = String.join(" ", e.comments()).strip();
        return said.isEmpty() ? "(the ensemble file " + e.file().getFileName() + " does not say)" : said;
    }

    /** The glossary's words, with the terms whose meaning an ensemble changes ({@link #OVER_AN_ENSEMBLE}) replaced under one. */
    private String[][] glossaryTerms() {
        String[][] terms = GLOSSARY.clone();
        if (results.ensemble() == null) return terms;
        for (int k = 0; k < terms.length; k++) {
            for (String[] other : OVER_AN_ENSEMBLE) if (terms[k][0].equals(other[0])) terms[k] = other;
        }
        return terms;
    }

    /** Terms that mean something else when the runs draw their parameters from an ensemble. */
    private static final String[][] OVER_AN_ENSEMBLE = {
        {"acceptability curve", "for each amount a payer is willing to spend per QALY gained, the share of runs in which each option "
            + "gives the most net benefit; over the ensemble, the probability that each option is the most cost-effective, given the calibration"},
        {"interval (95%)", "the range holding 95 of 100 runs, each under one calibrated parameter set with its own luck: what the "
            + "calibration leaves unknown about those parameters, and chance"}};

    /** Words this page uses that a reader outside the team may not know, in plain words. */
    private static final String[][] GLOSSARY = {
        {"acceptability curve", "for each amount a payer is willing to spend per QALY gained, the share of replications in which each "
            + "option gives the most net benefit; here it shows how firmly chance leaves the ranking"},
        {"baseline", "the scenario the others are compared with: the status quo"},
        {"buprenorphine, methadone", "medications for opioid use disorder; they replace most street use and keep tolerance up"},
        {"cost-effectiveness frontier", "the options that no other option, or mix of two, beats on both deaths averted and net cost; "
            + "the rest are dominated"},
        {"discounting", "valuing costs and health that come later a little less each year, at the rate given above, as economic evaluations do"},
        {"drug checking", "testing a person's drugs for fentanyl and strength before they use them"},
        {"incremental cost per death averted", "the extra cost of one frontier option over the one before it, divided by the extra deaths it averts"},
        {"interval (95%)", "the range the mean would fall in 95 times out of 100 if the replications were run again: chance alone, "
            + "not what is unknown about the model's parameters"},
        {"naloxone", "a medicine that reverses an opioid overdose; kits are given to people who use and those around them"},
        {"net cost", "what an alternative costs minus what the baseline costs, over the horizon, from the perspective given"},
        {"overdose prevention centre", "a site where people use under the eyes of staff who respond to an overdose at once"},
        {"paired replications", "runs of every scenario with the same random draws (the same people meeting the same luck), so that "
            + "differences between scenarios come from the policies"},
        {"perspective", "whose costs are counted: the health system, criminal justice, government in total, or society (which also "
            + "values lives lost)"},
        {"QALY", "a quality-adjusted life-year: a year of life weighted by its quality, 1 for full health"},
        {"safe supply", "pharmaceutical opioids of known strength given or sold to people who would otherwise buy from the street"},
        {"tolerance", "how much opioid a body is used to; it falls within days without opioids, which is why the first use after "
            + "prison or rehab is so dangerous"}};

    private void glossary() {
        h.append("<h2>Glossary</h2>\n<dl class=\"glossary\">\n");
        for (String[] term : glossaryTerms()) {
            h.append("<dt>").append(escape(term[0])).append("</dt><dd>").append(escape(term[1])).append("</dd>\n");
        }
        h.append("</dl>\n");
    }

    /** Where the table of contents goes, filled once every section is written. */
    private static final String CONTENTS = "<!--contents-->\n";

    /**
     * Gives each section heading after the reading guide an id and puts a table of contents in
     * its place: a printed report of many pages needs one.
     */
    private void contents() {
        int at = h.indexOf(CONTENTS);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<h2>(.*?)</h2>").matcher(h.substring(at));
        StringBuilder rest = new StringBuilder(), toc = new StringBuilder("<nav class=\"toc\">\n<h2>Contents</h2>\n<ol>\n");
        int k = 0;
        while (m.find()) {
            String id = "section-" + ++k;
            toc.append("<li><a href=\"#").append(id).append("\">").append(m.group(1)).append("</a></li>\n");
            m.appendReplacement(rest, java.util.regex.Matcher.quoteReplacement("<h2 id=\"" + id + "\">" + m.group(1) + "</h2>"));
        }
        m.appendTail(rest);
        toc.append("</ol>\n</nav>\n");
        h.setLength(at);
        h.append(toc).append(rest);
    }

    private String period() {
        Scenario b = results.baseline();
        return escape(b.horizon().describe());
    }

    private void summary() {
        h.append("<h2>In short</h2>\n<ul>\n");
        Perspective p = results.settings().perspective();
        for (Appraisal a : results.ranking()) {
            double averted = a.deathsAverted().mean();
            Statistics st = a.deathsAverted();
            h.append("<li><b>").append(escape(a.alternative())).append("</b> ");
            if (averted >= 0) h.append("averts ").append(whole(averted));
            else h.append("causes ").append(whole(-averted)).append(" more");
            h.append(averted >= 0 ? " overdose deaths compared with " : " overdose deaths than ").append(escape(results.baseline().name()));
            if (!Double.isNaN(st.lower95())) {
                h.append(averted >= 0 ? " (95% interval " + whole(st.lower95()) + " to " + whole(st.upper95()) + ")"
                        : " (95% interval " + whole(-st.upper95()) + " to " + whole(-st.lower95()) + " more)");
            }
            h.append(", at a net ").append(escape(p.description)).append(" cost of USD ")
                    .append(millions(a.netCost().mean())).append(" million");
            if (averted > 0 && a.netCost().mean() > 0) h.append(", or USD ").append(whole(a.costPerDeathAverted().ratio())).append(" per death averted");
            if (averted > 0 && a.netCost().mean() < 0) h.append(", and saves money");
            h.append(".</li>\n");
        }
        h.append("</ul>\n");
    }

    private void scenarios() {
        h.append("<h2>The scenarios</h2>\n<table>\n<tr><th>scenario</th><th>role</th><th>what it is</th></tr>\n");
        List<Scenario> all = results.scenarios();
        for (int k = 0; k < all.size(); k++) {
            Scenario s = all.get(k);
            String d = s.description().equals("-") ? "(no description given)" : s.description();
            h.append("<tr><td>").append(escape(s.name())).append("</td><td>").append(k == 0 ? "baseline" : "alternative")
                    .append("</td><td>").append(escape(d)).append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private void headline() {
        Perspective p = results.settings().perspective();
        h.append("<h2>Headline results</h2>\n<p class=\"note\">Means over paired ")
                .append(results.ensemble() == null ? "replications with 95% confidence intervals of the mean"
                        : "runs over the ensemble with 95% uncertainty intervals (2.5th to 97.5th percentile of the runs)")
                .append(" in brackets. Deaths and life-years are counts over the horizon; QALYs and costs are discounted. Net cost: "
                + escape(p.description) + " perspective, USD millions.</p>\n");
        h.append("<table id=\"headline\">\n<tr><th>scenario</th><th>overdose deaths</th><th>deaths averted</th><th>life-years saved</th>"
                + "<th>QALYs gained</th><th>net cost (USD millions)</th><th>cost per death averted (USD)</th><th>cost per QALY gained (USD)</th></tr>\n");
        List<Outcomes> base = results.outcomes().get(0);
        odsim.results.Uncertainty u = results.uncertainty();
        Statistics baseDeaths = u.of(base.stream().mapToDouble(Outcomes::deaths).toArray());
        String name = results.baseline().name();
        csv.add("headline", name, "overdose_deaths", "deaths", baseDeaths);
        csv.add("headline", name, "life_years_lost", "years", u.of(base.stream().mapToDouble(Outcomes::lifeYearsLost).toArray()));
        csv.add("headline", name, "qalys", "QALYs (discounted)", u.of(base.stream().mapToDouble(Outcomes::qalys).toArray()));
        csv.add("headline", name, "cost_" + p.label(), "USD (discounted)", u.of(base.stream().mapToDouble(o -> o.cost(p)).toArray()));
        // "(baseline)" only where the name does not already say it: not "baseline (baseline)".
        h.append("<tr><td>").append(escape(name)).append(name.toLowerCase(java.util.Locale.ROOT).contains("baseline") ? "" : " (baseline)")
                .append("</td><td class=\"n\">").append(interval(baseDeaths, Numbers::whole))
                .append("</td><td class=\"n\">-</td><td class=\"n\">-</td><td class=\"n\">-</td><td class=\"n\">-</td><td class=\"n\">-</td><td class=\"n\">-</td></tr>\n");
        for (Appraisal a : results.appraisals()) {
            String n = a.alternative();
            csv.add("headline", n, "overdose_deaths", "deaths", a.deaths());
            csv.add("headline", n, "deaths_averted", "deaths", a.deathsAverted());
            csv.add("headline", n, "life_years_saved", "years", a.lifeYearsSaved());
            csv.add("headline", n, "qalys_gained", "QALYs (discounted)", a.qalysGained());
            csv.add("headline", n, "net_cost_" + p.label(), "USD (discounted)", a.netCost());
            ratioCsv(n, "cost_per_death_averted", a.costPerDeathAverted(), a.deathsAverted().mean());
            ratioCsv(n, "cost_per_qaly_gained", a.costPerQalyGained(), a.qalysGained().mean());
            h.append("<tr><td>").append(escape(n)).append("</td><td class=\"n\">").append(interval(a.deaths(), Numbers::whole))
                    .append("</td><td class=\"n\">").append(interval(a.deathsAverted(), Numbers::whole))
                    .append("</td><td class=\"n\">").append(interval(a.lifeYearsSaved(), Numbers::whole))
                    .append("</td><td class=\"n\">").append(interval(a.qalysGained(), Numbers::whole))
                    .append("</td><td class=\"n\">").append(interval(a.netCost(), Numbers::millions))
                    .append("</td><td class=\"n\">").append(Numbers.ratio(a.costPerDeathAverted(), a.deathsAverted().mean(), a.netCost().mean(), "none averted"))
                    .append("</td><td class=\"n\">").append(Numbers.ratio(a.costPerQalyGained(), a.qalysGained().mean(), a.netCost().mean(), "no QALYs gained"))
                    .append("</td></tr>\n");
        }
        h.append("</table>\n<p class=\"note\">Cost-effectiveness ratios are ratios of mean net cost to mean effect; their intervals ")
                .append(results.ensemble() == null ? "come from Fieller's theorem on the paired replications and are unbounded when the "
                        + "effect is not clearly different from zero."
                        : "are the 2.5th to 97.5th percentile of the runs' own ratios, and unbounded when any run averts nothing.")
                .append(" \"Saves money\": more deaths averted at a lower cost than the baseline.</p>\n");
    }

    private void ratioCsv(String name, String item, odsim.economics.RatioInterval r, double effect) {
        if (effect > 0) csv.add("headline", name, item, "", "USD", r.ratio(), r.lower(), r.upper(), results.ensemble() == null
                ? "95% Fieller interval over paired replications" : "2.5th to 97.5th percentile of the runs' ratios over the ensemble");
    }

    private void ranking() {
        h.append("<h2>Ranking by deaths averted</h2>\n<ol>\n");
        int rank = 1;
        for (Appraisal a : results.ranking()) {
            csv.add("ranking", a.alternative(), "rank_by_deaths_averted", "rank", rank++);
            double averted = a.deathsAverted().mean();
            // A negative number of deaths averted reads as a typo: say it the way round it happened.
            h.append("<li>").append(escape(a.alternative())).append(": ")
                    .append(averted >= 0 ? whole(averted) + " deaths averted" : whole(-averted) + " more deaths than " + escape(results.baseline().name()))
                    .append(results.onFrontier(a.alternative()) ? " (on the cost-effectiveness frontier)" : "").append("</li>\n");
        }
        h.append("</ol>\n");
    }

    private void frontier() {
        h.append("<h2>Cost-effectiveness frontier</h2>\n<p class=\"note\">The options (the baseline included) that no other option or mix of "
                + "options beats on both deaths averted and net cost, in order of deaths averted; each with its incremental cost per "
                + "death averted against the one before. Options not listed are dominated.</p>\n");
        h.append("<table id=\"frontier\">\n<tr><th>option</th><th>deaths averted</th><th>net cost (USD millions)</th><th>incremental cost per death averted (USD)</th></tr>\n");
        for (Frontier.Point p : results.frontier()) {
            csv.add("frontier", p.name(), "deaths_averted", "deaths", p.effect());
            csv.add("frontier", p.name(), "net_cost", "USD (discounted)", p.cost());
            if (!Double.isNaN(p.incrementalRatio())) csv.add("frontier", p.name(), "incremental_cost_per_death_averted", "USD", p.incrementalRatio());
            h.append("<tr><td>").append(escape(p.name())).append("</td><td class=\"n\">").append(whole(p.effect()))
                    .append("</td><td class=\"n\">").append(millions(p.cost())).append("</td><td class=\"n\">")
                    .append(Double.isNaN(p.incrementalRatio()) ? "-" : whole(p.incrementalRatio())).append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private void perspectives() {
        h.append("<h2>Net cost by perspective</h2>\n<p class=\"note\">USD millions, discounted; against ").append(escape(results.baseline().name()))
                .append(". The societal perspective adds the value of the lives lost to overdose.</p>\n<table>\n<tr><th>scenario</th>");
        for (Perspective p : Perspective.ALL) h.append("<th>").append(escape(p.description)).append("</th>");
        h.append("</tr>\n");
        for (Appraisal a : results.appraisals()) {
            h.append("<tr><td>").append(escape(a.alternative())).append("</td>");
            for (Perspective p : Perspective.ALL) {
                csv.add("net_cost_by_perspective", a.alternative(), p.label(), "USD (discounted)", a.netCost(p));
                h.append("<td class=\"n\">").append(interval(a.netCost(p), Numbers::millions)).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</table>\n");
    }

    private void categories() {
        h.append("<h2>Costs by category</h2>\n<p class=\"note\">Mean over replications, USD millions, discounted. "
                + "Sector says which perspectives count the category: health system (health), criminal justice (justice), "
                + "government total (all three budgets), societal (all, with lives).</p>\n<table>\n<tr><th>category</th><th>sector</th>");
        for (Scenario s : results.scenarios()) h.append("<th>").append(escape(s.name())).append("</th>");
        h.append("</tr>\n");
        for (CostCategory c : CostCategory.ALL) {
            h.append("<tr><td>").append(escape(c.description)).append("</td><td>").append(c.sector.name().toLowerCase().replace('_', ' ')).append("</td>");
            for (List<Outcomes> o : results.outcomes()) {
                double mean = o.stream().mapToDouble(x -> x.cost(c)).average().orElse(Double.NaN);
                csv.add("costs_by_category", o.get(0).scenario(), c.label(), "USD (discounted)", mean);
                h.append("<td class=\"n\">").append(millions(mean)).append("</td>");
            }
            h.append("</tr>\n");
        }
        for (Perspective p : Perspective.ALL) {
            h.append("<tr><th>perspective: ").append(escape(p.description)).append("</th><th></th>");
            for (List<Outcomes> o : results.outcomes()) {
                double mean = o.stream().mapToDouble(x -> x.cost(p)).average().orElse(Double.NaN);
                csv.add("costs_by_perspective", o.get(0).scenario(), p.label(), "USD (discounted)", mean);
                h.append("<td class=\"n\">").append(millions(mean)).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</table>\n");
    }

    private void assumptions() {
        ComparisonFile s = results.settings();
        h.append("<h2>Assumptions</h2>\n<ul>\n")
                .append("<li>Common random numbers: replication r of every scenario uses the same seed and the same random stream for "
                        + "each kind of decision, so differences between scenarios come from the policies, not from chance.</li>\n")
                .append("<li>Outcomes come from the model's mechanisms (pain, a volatile street supply, tolerance lost in abstinence, "
                        + "who is there at an overdose); no effect sizes are typed in. The model is hand-calibrated: read results as "
                        + "what the model says, not as forecasts for a real region.</li>\n")
                .append("<li>Life-years lost: remaining life expectancy at the age of each overdose death, from ").append(escape(LifeTable.SOURCE))
                .append("; not discounted.</li>\n")
                .append("<li>QALYs: person-days in each state times its quality-of-life weight, discounted day by day, minus the QALYs "
                        + "that people who died of an overdose would have lived after the horizon (their remaining life expectancy, "
                        + "weight ").append(Numbers.whole(s.valuation().afterHorizon() * 100)).append("/100); living with chronic "
                        + "hepatitis C or HIV lowers the weight of those days (by ").append(Numbers.whole(s.valuation().hcvLoss() * 100))
                .append("/100 and ").append(Numbers.whole(s.valuation().hivLoss() * 100)).append("/100).</li>\n")
                .append("<li>Hepatitis C and HIV are passed on by shared injecting equipment; the share of people who inject who "
                        + "carry each virus is fixed, so fewer infections do not make the next ones rarer (no herd effect): sterile "
                        + "supplies and treatment avert at least the infections counted here. Neither virus changes the chance of dying "
                        + "within the horizon.</li>\n")
                .append("<li>Costs and QALYs are discounted to the first day at ").append(Charts.percent(s.discountRate()))
                .append(" a year. Every amount is in ").append(odsim.scenario.PriceYear.LABEL)
                .append(": defaults reported by their sources in other years' dollars were converted with the consumer price index (CPI-U; each source below says how).</li>\n")
                .append("<li>The societal perspective values each overdose death at USD ").append(whole(s.valuation().valueOfStatisticalLife()))
                .append(" (value of a statistical life). It should not be combined with QALYs in one ratio: both value the same lives.</li>\n")
                .append("<li>The people simulated are the region's population at risk (pain, prescribed opioids, use, treatment, custody, "
                        + "remission), not all residents: QALYs and other-cause deaths are theirs.</li>\n</ul>\n");
    }

    private void sources() {
        List<Scenario> all = results.scenarios();
        h.append("<h2>Sources of defaults</h2>\n<p class=\"note\">The appraisal's settings, then every scenario parameter that a "
                + "compared scenario sets away from its default, and every unit cost. <code>assumption</code> marks a value with no "
                + "published source. All parameters: scenarios/README.md or <code>odsim params</code>.</p>\n");
        h.append("<table id=\"sources\">\n<tr><th>setting</th><th>meaning</th><th>value</th><th>unit</th><th>source of the default</th></tr>\n");
        ComparisonFile s = results.settings();
        setting("discountRate", ComparisonFile.class, Charts.percent(s.discountRate()));
        setting("perspective", ComparisonFile.class, s.perspective().description);
        for (RecordComponent c : Valuation.class.getRecordComponents()) {
            try {
                setting(c.getName(), Valuation.class, ParameterSources.format(c.getAccessor().invoke(s.valuation())));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        h.append("<tr><td>life table</td><td>remaining life expectancy at death</td><td>-</td><td>years</td><td>")
                .append(escape(LifeTable.SOURCE)).append("</td></tr>\n</table>\n");
        h.append("<table id=\"parameters\">\n<tr><th>parameter</th><th>meaning</th>");
        for (Scenario sc : all) h.append("<th>").append(escape(sc.name())).append("</th>");
        h.append("<th>default</th><th>unit</th><th>source of the default</th></tr>\n");
        for (ParameterSources.Row r : ParameterSources.of(all)) {
            h.append("<tr><td><code>").append(escape(r.key())).append("</code></td><td>").append(escape(r.doc())).append("</td>");
            for (String v : r.values()) h.append("<td>").append(escape(v)).append("</td>");
            h.append("<td>").append(escape(r.defaultValue())).append("</td><td>").append(escape(r.unit())).append("</td><td>")
                    .append(escape(r.source())).append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private void setting(String name, Class<? extends Record> type, String value) {
        for (RecordComponent c : type.getRecordComponents()) {
            Param p = c.getAnnotation(Param.class);
            if (!c.getName().equals(name) || p == null) continue;
            h.append("<tr><td><code>").append(escape(name)).append("</code></td><td>").append(escape(p.doc())).append("</td><td>")
                    .append(escape(value)).append("</td><td>").append(escape(p.unit())).append("</td><td>").append(escape(p.source()))
                    .append("</td></tr>\n");
        }
    }
}
