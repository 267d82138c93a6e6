package odsim.scenario;

/** Unit costs, in US dollars of the year each source reports (see each source). */
public record CostParams(
        @Param(value = "500", unit = "USD per call", min = 0, source = "MODEL.md: EMS call about $500", doc = "EMS response") double emsCall,
        @Param(value = "504", unit = "USD per visit", min = 0, source = "MODEL.md: emergency visit about $504 when released", doc = "Emergency department visit, released") double edVisit,
        @Param(value = "11700", unit = "USD per admission", min = 0, source = "MODEL.md: about $11,700 when admitted", doc = "Hospital admission after an overdose") double admission,
        @Param(value = "6552", unit = "USD per patient-year", min = 0, source = "NIDA: methadone about $6,552 per patient-year", doc = "Methadone") double methadoneYear,
        @Param(value = "5980", unit = "USD per patient-year", min = 0, source = "NIDA: buprenorphine about $5,980 per patient-year", doc = "Buprenorphine") double buprenorphineYear,
        @Param(value = "250", unit = "USD per day", min = 0, source = "assumption: residential detox and rehab", doc = "Rehab or detox day") double rehabDay,
        @Param(value = "1000", unit = "USD per arrest", min = 0, source = "assumption: police time and booking", doc = "Arrest") double arrest,
        @Param(value = "200", unit = "USD per day", min = 0, source = "assumption below MODEL.md's 'large city jails several hundred dollars a day'", doc = "Jail day") double jailDay,
        @Param(value = "31000", unit = "USD per inmate-year", min = 0, source = "Vera Institute: state prison about $31,000 per inmate-year (2010 dollars)", doc = "Prison") double prisonYear) {}
