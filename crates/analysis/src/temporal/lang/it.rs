//! Italian: month and weekday names, explicit and relative dates.

use crate::case::ToLower;
use crate::temporal::grammar::{Lexicon, Rule};
use crate::temporal::make::*;
use crate::temporal::value::{Holiday, Lean, Unit};

pub static LEXICON: Lexicon = Lexicon {
    months: &[
        ("gennaio", 1),
        ("febbraio", 2),
        ("marzo", 3),
        ("aprile", 4),
        ("maggio", 5),
        ("giugno", 6),
        ("luglio", 7),
        ("agosto", 8),
        ("settembre", 9),
        ("ottobre", 10),
        ("novembre", 11),
        ("dicembre", 12),
    ],
    weekdays: &[
        ("lunedì", 1),
        ("lunedi", 1),
        ("martedì", 2),
        ("martedi", 2),
        ("mercoledì", 3),
        ("mercoledi", 3),
        ("giovedì", 4),
        ("giovedi", 4),
        ("venerdì", 5),
        ("venerdi", 5),
        ("sabato", 6),
        ("domenica", 7),
    ],
    numbers: &[
        ("un", 1.0),
        ("uno", 1.0),
        ("una", 1.0),
        ("due", 2.0),
        ("tre", 3.0),
        ("quattro", 4.0),
        ("cinque", 5.0),
        ("sei", 6.0),
        ("sette", 7.0),
        ("otto", 8.0),
        ("nove", 9.0),
        ("dieci", 10.0),
        ("venti", 20.0),
        ("trenta", 30.0),
        ("cento", 100.0),
        ("alcuni", -1.0),
        ("alcune", -1.0),
        ("qualche", -1.0),
    ],
    units: &[
        ("secondo", Unit::Second),
        ("secondi", Unit::Second),
        ("minuto", Unit::Minute),
        ("minuti", Unit::Minute),
        ("ora", Unit::Hour),
        ("ore", Unit::Hour),
        ("giorno", Unit::Day),
        ("giorni", Unit::Day),
        ("settimana", Unit::Week),
        ("settimane", Unit::Week),
        ("mese", Unit::Month),
        ("mesi", Unit::Month),
        ("anno", Unit::Year),
        ("anni", Unit::Year),
        ("decennio", Unit::Decade),
        ("decenni", Unit::Decade),
        ("secolo", Unit::Century),
    ],
    day_suffix: "º",
    dayparts: &[
        ("mattina", "MO"),
        ("pomeriggio", "AF"),
        ("sera", "EV"),
        ("notte", "NI"),
    ],
    seasons: &[
        ("primavera", "SP"),
        ("estate", "SU"),
        ("autunno", "FA"),
        ("inverno", "WI"),
    ],
    ordinals: &[],
    holidays: &[
        ("natale", Holiday::Fixed { month: 12, day: 25 }),
        ("vigilia di natale", Holiday::Fixed { month: 12, day: 24 }),
        ("capodanno", Holiday::Fixed { month: 1, day: 1 }),
        ("ferragosto", Holiday::Fixed { month: 8, day: 15 }),
        ("pasqua", Holiday::Easter(0)),
        ("pasquetta", Holiday::Easter(1)),
        ("venerdì santo", Holiday::Easter(-2)),
    ],
};

static DEIXIS: &[(&str, i32)] = &[
    ("l'altro ieri", -2),
    ("ieri", -1),
    ("oggi", 0),
    ("domani", 1),
    ("dopodomani", 2),
];

pub static RULES: &[Rule] = &[
    Rule {
        name: "date/it/day-month-year",
        pattern: r"{day}\s+{month}\s+{year}",
        example: "19 dicembre 2022",
        build: date,
    },
    Rule {
        name: "date/it/day-month",
        pattern: r"{day}\s+{month}",
        example: "19 dicembre",
        build: date,
    },
    Rule {
        name: "date/it/month-year",
        pattern: r"{month}\s+(?:del\s+)?{year}",
        example: "dicembre 2022",
        build: date,
    },
    Rule {
        name: "date/it/ago",
        pattern: r"{num}\s+{unit}\s+fa",
        example: "tre giorni fa",
        build: |c| shifted(c, -1),
    },
    Rule {
        name: "date/it/relative-unit",
        pattern: r"(?:(?:la\s+settimana|il\s+mese|l['’]anno)\s+(?:scors[oa]|passat[oa]|prossim[oa])|quest['oa]\s*(?:settimana|mese|anno))",
        example: "la settimana scorsa",
        build: relative_by_words,
    },
    Rule {
        name: "date/it/relative-weekday",
        pattern: r"{weekday}\s+(?:scorso|prossimo)",
        example: "lunedì scorso",
        build: |c| {
            let lean = if c.text.to_lower().ends_with("scorso") {
                Lean::Past
            } else {
                Lean::Future
            };
            weekday(c, lean)
        },
    },
    Rule {
        name: "date/it/deictic-day",
        pattern: r"(?:l['’]altro\s+ieri|dopodomani|ieri|oggi|domani)",
        example: "ieri",
        build: |c| deictic(c, DEIXIS),
    },
    Rule {
        name: "date/it/weekday",
        pattern: r"{weekday}",
        example: "martedì",
        build: |c| weekday(c, Lean::Nearest),
    },
    Rule {
        name: "date/it/month",
        pattern: r"{month}",
        example: "dicembre",
        build: bare_month,
    },
    Rule {
        name: "date/holiday",
        pattern: r"{holiday}(?:,?\s+{year})?",
        example: "Natale",
        build: |c| holiday(c, Lean::Nearest),
    },
];
