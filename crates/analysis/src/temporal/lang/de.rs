//! German: month and weekday names, explicit and relative dates.

use crate::temporal::grammar::{Lexicon, Rule};
use crate::temporal::make::*;
use crate::temporal::value::{Holiday, Lean, Unit};

pub static LEXICON: Lexicon = Lexicon {
    months: &[
        ("januar", 1),
        ("jänner", 1),
        ("jan", 1),
        ("februar", 2),
        ("feb", 2),
        ("märz", 3),
        ("april", 4),
        ("apr", 4),
        ("mai", 5),
        ("juni", 6),
        ("juli", 7),
        ("august", 8),
        ("aug", 8),
        ("september", 9),
        ("sept", 9),
        ("sep", 9),
        ("oktober", 10),
        ("okt", 10),
        ("november", 11),
        ("nov", 11),
        ("dezember", 12),
        ("dez", 12),
    ],
    weekdays: &[
        ("montag", 1),
        ("dienstag", 2),
        ("mittwoch", 3),
        ("donnerstag", 4),
        ("freitag", 5),
        ("samstag", 6),
        ("sonnabend", 6),
        ("sonntag", 7),
    ],
    numbers: &[
        ("ein", 1.0),
        ("einem", 1.0),
        ("einer", 1.0),
        ("eins", 1.0),
        ("zwei", 2.0),
        ("drei", 3.0),
        ("vier", 4.0),
        ("fünf", 5.0),
        ("sechs", 6.0),
        ("sieben", 7.0),
        ("acht", 8.0),
        ("neun", 9.0),
        ("zehn", 10.0),
        ("elf", 11.0),
        ("zwölf", 12.0),
        ("zwanzig", 20.0),
        ("dreißig", 30.0),
        ("hundert", 100.0),
        ("einigen", -1.0),
        ("mehreren", -1.0),
        ("wenigen", -1.0),
    ],
    units: &[
        ("sekunde", Unit::Second),
        ("sekunden", Unit::Second),
        ("minute", Unit::Minute),
        ("minuten", Unit::Minute),
        ("stunde", Unit::Hour),
        ("stunden", Unit::Hour),
        ("tag", Unit::Day),
        ("tage", Unit::Day),
        ("tagen", Unit::Day),
        ("woche", Unit::Week),
        ("wochen", Unit::Week),
        ("monat", Unit::Month),
        ("monate", Unit::Month),
        ("monaten", Unit::Month),
        ("jahr", Unit::Year),
        ("jahre", Unit::Year),
        ("jahren", Unit::Year),
        ("jahrzehnt", Unit::Decade),
        ("jahrzehnten", Unit::Decade),
    ],
    day_suffix: r"\.",
    dayparts: &[
        ("morgen", "MO"),
        ("vormittag", "MO"),
        ("nachmittag", "AF"),
        ("abend", "EV"),
        ("nacht", "NI"),
    ],
    seasons: &[
        ("frühling", "SP"),
        ("sommer", "SU"),
        ("herbst", "FA"),
        ("winter", "WI"),
    ],
    ordinals: &[],
    holidays: &[
        ("weihnachten", Holiday::Fixed { month: 12, day: 25 }),
        ("heiligabend", Holiday::Fixed { month: 12, day: 24 }),
        ("silvester", Holiday::Fixed { month: 12, day: 31 }),
        ("neujahr", Holiday::Fixed { month: 1, day: 1 }),
        (
            "tag der deutschen einheit",
            Holiday::Fixed { month: 10, day: 3 },
        ),
        ("ostern", Holiday::Easter(0)),
        ("ostersonntag", Holiday::Easter(0)),
        ("ostermontag", Holiday::Easter(1)),
        ("karfreitag", Holiday::Easter(-2)),
        ("pfingsten", Holiday::Easter(49)),
    ],
};

static DEIXIS: &[(&str, i32)] = &[
    ("vorgestern", -2),
    ("gestern", -1),
    ("heute", 0),
    ("morgen", 1),
    ("übermorgen", 2),
];

pub static RULES: &[Rule] = &[
    Rule {
        name: "date/de/day-month-year",
        pattern: r"{day}\s*{month}\s+{year}",
        example: "19. Dezember 2022",
        build: date,
    },
    Rule {
        name: "date/de/day-month",
        pattern: r"{day}\s*{month}",
        example: "19. Dezember",
        build: date,
    },
    Rule {
        name: "date/de/month-year",
        pattern: r"{month}\s+{year}",
        example: "Dezember 2022",
        build: date,
    },
    Rule {
        name: "date/de/ago",
        pattern: r"vor\s+{num}\s+{unit}",
        example: "vor drei Tagen",
        build: |c| shifted(c, -1),
    },
    Rule {
        name: "date/de/relative-unit",
        pattern: r"(?:letzte[nrs]?|vergangene[nrs]?|nächste[nrs]?|kommende[nrs]?|diese[nrs]?)\s+(?:woche|monat|jahr)",
        example: "letzte Woche",
        build: relative_by_words,
    },
    Rule {
        name: "date/de/relative-weekday",
        pattern: r"(?:letzten|vergangenen|nächsten|kommenden)\s+{weekday}",
        example: "nächsten Montag",
        build: |c| {
            let lean = if direction(c.text.split_whitespace().next()?) < 0 {
                Lean::Past
            } else {
                Lean::Future
            };
            weekday(c, lean)
        },
    },
    Rule {
        name: "date/de/deictic-day",
        pattern: r"(?:vorgestern|gestern|heute|übermorgen|morgen)",
        example: "gestern",
        build: |c| deictic(c, DEIXIS),
    },
    Rule {
        name: "date/de/weekday",
        pattern: r"{weekday}",
        example: "Dienstag",
        build: |c| weekday(c, Lean::Nearest),
    },
    Rule {
        name: "date/de/month",
        pattern: r"{month}",
        example: "Dezember",
        build: bare_month,
    },
    Rule {
        name: "date/holiday",
        pattern: r"{holiday}(?:,?\s+{year})?",
        example: "Weihnachten",
        build: |c| holiday(c, Lean::Nearest),
    },
];
